package mfainspector.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import mfainspector.json.Json;

/**
 * Synthetic users of a demo tenant at scale, computed from their index on demand (nothing is
 * stored): reserved example domains, fictional phone numbers (+1 NXX 555-01xx, +44 7700 900xxx),
 * a spread of MFA states and statuses like a real workforce pool. User {@code i} is created five
 * minutes or so after user {@code i - 1}, from 2023-01-01, so creation time orders them by index.
 */
final class SyntheticUsers {

    static final Instant FIRST_CREATED = Instant.parse("2023-01-01T00:00:00Z");
    private static final Instant LAST_SEEN = Instant.parse("2026-11-20T00:00:00Z");
    /** Ids are 24 hex digits like GenAuth's: this prefix, then the index. */
    private static final String ID_PREFIX = "7e57";
    private static final String[] DOMAINS = {"example.com", "example.net", "example.org"};
    private static final String[] STATUSES = {"Suspended", "Deactivated", "Resigned", "Archived"};

    /** MFA types bound, one bit each. */
    static final int SMS = 1, EMAIL = 2, OTP = 4, FACE = 8;

    private final int count;
    private final int brokenEvery;

    SyntheticUsers(int count, int brokenEvery) {
        this.count = count;
        this.brokenEvery = brokenEvery;
    }

    int count() {
        return count;
    }

    long createdMillis(int i) {
        return FIRST_CREATED.toEpochMilli() + i * 300_000L + mix(i, 0) % 240_000L;
    }

    /** The first index created at or after {@code millis} (count when none). */
    int firstAtOrAfter(long millis) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (createdMillis(mid) < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    String userId(int i) {
        return ID_PREFIX + String.format(Locale.ROOT, "%020x", i);
    }

    String username(int i) {
        return String.format(Locale.ROOT, "user%06d", i);
    }

    String email(int i) {
        return username(i) + "@" + DOMAINS[i % DOMAINS.length];
    }

    /** Half have a US number, a fifth a UK one, the rest none. */
    String phoneCountryCode(int i) {
        long p = mix(i, 3) % 10;
        return p < 5 ? "+1" : p < 7 ? "+44" : "";
    }

    String phone(int i) {
        String cc = phoneCountryCode(i);
        if (cc.equals("+1")) {
            int area = 201 + (i / 100) % 790;
            if (area % 100 == 11) {
                area++;
            }
            return String.format(Locale.ROOT, "%d55501%02d", area, i % 100);
        }
        return cc.isEmpty() ? "" : String.format(Locale.ROOT, "7700900%03d", i % 1000);
    }

    /** Mostly active; some suspended, a few deactivated, resigned or archived. */
    String status(int i) {
        long s = mix(i, 2) % 100;
        return s < 90 ? "Activated" : s < 96 ? STATUSES[0] : STATUSES[(int) (s - 96) % 3 + 1];
    }

    /**
     * 38 % none, 17 % email only, 15 % SMS only, 8 % both, 12 % authenticator app (some with email),
     * 5 % app, SMS and email, 3 % face, 2 % app and face.
     */
    int mfa(int i) {
        long m = mix(i, 1) % 100;
        if (m < 38) {
            return 0;
        } else if (m < 55) {
            return EMAIL;
        } else if (m < 70) {
            return SMS;
        } else if (m < 78) {
            return SMS | EMAIL;
        } else if (m < 90) {
            return m % 2 == 0 ? OTP : OTP | EMAIL;
        } else if (m < 95) {
            return OTP | SMS | EMAIL;
        } else if (m < 98) {
            return FACE;
        }
        return OTP | FACE;
    }

    boolean broken(int i) {
        return brokenEvery > 0 && i % brokenEvery == brokenEvery - 1;
    }

    /** The index of a synthetic user named by a management look-up, if it is one. */
    OptionalInt find(String userIdType, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int i;
        try {
            switch (userIdType) {
                case "user_id" -> {
                    if (v.length() != 24 || !v.startsWith(ID_PREFIX)) {
                        return OptionalInt.empty();
                    }
                    i = Integer.parseInt(v.substring(ID_PREFIX.length()), 16);
                }
                case "username" -> i = v.matches("user\\d{6}") ? Integer.parseInt(v.substring(4)) : -1;
                case "email" -> {
                    int at = v.indexOf('@');
                    i = at == 10 && v.matches("user\\d{6}@.*") ? Integer.parseInt(v.substring(4, 10)) : -1;
                    if (i >= 0 && !v.equals(email(i))) {
                        i = -1;
                    }
                }
                default -> i = -1;
            }
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
        return i >= 0 && i < count ? OptionalInt.of(i) : OptionalInt.empty();
    }

    /** Whether a keyword search ({@code list-users keywords}) matches user {@code i}. */
    boolean matches(int i, String keywords) {
        return keywords.isEmpty() || username(i).contains(keywords) || email(i).contains(keywords)
                || phone(i).contains(keywords);
    }

    /** The user as {@code get-user} and {@code list-users} describe one. */
    ObjectNode json(int i) {
        Instant created = Instant.ofEpochMilli(createdMillis(i));
        ObjectNode o = Json.object();
        o.put("userId", userId(i));
        o.put("username", username(i));
        o.put("name", String.format(Locale.ROOT, "User %06d", i));
        o.put("email", email(i));
        o.put("emailVerified", mix(i, 4) % 4 != 0);
        String phone = phone(i);
        o.put("phone", phone.isEmpty() ? null : phone);
        o.put("phoneCountryCode", phone.isEmpty() ? null : phoneCountryCode(i));
        o.put("status", status(i));
        long logins = mix(i, 5) % 5 == 0 ? 0 : mix(i, 6) % 400;
        if (logins > 0) {
            Instant last = created.plus(Duration.ofHours(mix(i, 7) % (24 * 900)));
            o.put("lastLogin", (last.isAfter(LAST_SEEN) ? LAST_SEEN : last).toString());
        } else {
            o.putNull("lastLogin");
        }
        o.put("loginsCount", logins);
        o.put("createdAt", created.toString());
        return o;
    }

    /** A deterministic, well-spread number for user {@code i} and purpose {@code salt} (SplitMix64). */
    private static long mix(int i, int salt) {
        long z = i * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 1;
    }
}
