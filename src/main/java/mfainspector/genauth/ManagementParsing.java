package mfainspector.genauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import mfainspector.factor.FactorType;
import mfainspector.factor.Masking;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.ActivityKind;
import mfainspector.lookup.ActivityPage;
import mfainspector.lookup.ApplicationMfaPolicy;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.MfaStatus;
import mfainspector.lookup.UserMfaInfo;
import mfainspector.lookup.UserPage;
import mfainspector.json.Json;

/**
 * Reads the {@code data} of the management calls, tolerant of what the docs leave open: a
 * missing field is empty, a time is an ISO text or epoch milliseconds, a switch is
 * {@code "enabled"}/{@code "disabled"}, a boolean, {@code "true"}/{@code "false"} or 1/0.
 */
final class ManagementParsing {

    /** Below this a numeric time is read as epoch seconds: as milliseconds it would fall in 1973. */
    private static final long SMALLEST_EPOCH_MILLIS = 100_000_000_000L;

    private ManagementParsing() {
    }

    static ManagedUser user(HttpReply reply, JsonNode data) throws GenAuthException {
        if (data == null || !data.isObject()) {
            throw Envelope.malformed(reply, "the user answer has no data object");
        }
        return user(data);
    }

    static UserPage page(HttpReply reply, JsonNode data) throws GenAuthException {
        if (data == null || !data.isObject()) {
            throw Envelope.malformed(reply, "the user list answer has no data object");
        }
        JsonNode list = data.path("list");
        if (!list.isArray() && !list.isMissingNode() && !list.isNull()) {
            throw Envelope.malformed(reply, "the user list answer's list is not an array");
        }
        List<ManagedUser> users = new ArrayList<>();
        for (JsonNode item : list) {
            if (item.isObject()) {
                users.add(user(item));
            }
        }
        Integer total = Envelope.integer(data.get("totalCount"));
        return new UserPage(total == null ? users.size() : total, users);
    }

    static UserMfaInfo mfaInfo(HttpReply reply, JsonNode data) throws GenAuthException {
        if (data == null || !data.isObject()) {
            throw Envelope.malformed(reply, "the MFA info answer has no data object");
        }
        return new UserMfaInfo(enablement(data.get("totpStatus")), enablement(data.get("faceMfaStatus")),
                enablement(data.get("smsMfaStatus")), enablement(data.get("emailMfaStatus")));
    }

    static MfaStatus mfaStatus(HttpReply reply, JsonNode data) throws GenAuthException {
        if (data == null || !data.isObject()) {
            throw Envelope.malformed(reply, "the MFA status answer has no data object");
        }
        List<ApplicationMfaPolicy> policies = new ArrayList<>();
        for (JsonNode p : data.path("applicationMfa")) {
            if (p.isObject()) {
                Integer sort = Envelope.integer(p.get("sort"));
                policies.add(new ApplicationMfaPolicy(FactorType.of(Envelope.text(p, "mfaPolicy")),
                        enablement(p.get("status")), sort == null ? 0 : sort));
            }
        }
        return new MfaStatus(Envelope.text(data, "mfaPhone"), Envelope.text(data, "mfaPhoneCountryCode"),
                Envelope.text(data, "mfaEmail"), enablement(data.get("totpMfaEnabled")),
                enablement(data.get("faceMfaEnabled")), policies);
    }

    private static ManagedUser user(JsonNode u) {
        Integer logins = Envelope.integer(u.get("loginsCount"));
        return new ManagedUser(Envelope.text(u, "userId"), Envelope.text(u, "username"), Envelope.text(u, "name"),
                Envelope.text(u, "nickname"), Envelope.text(u, "email"), Envelope.text(u, "phone"),
                Envelope.text(u, "phoneCountryCode"), Envelope.text(u, "externalId"), Envelope.text(u, "status"),
                instant(u.get("lastLogin")), instant(u.get("lastMfaTime")),
                logins == null ? OptionalInt.empty() : OptionalInt.of(logins), instant(u.get("createdAt")),
                instant(u.get("statusChangedAt")), Envelope.text(u, "lastIp"), Envelope.text(u, "lastLoginApp"),
                instant(u.get("passwordLastSetAt")), bool(u.get("emailVerified")), bool(u.get("phoneVerified")),
                bool(u.get("resetPasswordOnNextLogin")));
    }

    /** {@code data{totalCount, list[UserActionLogDto]}}; an entry without a readable time is left out. */
    static ActivityPage actionLogs(HttpReply reply, JsonNode data) throws GenAuthException {
        List<ActivityEvent> events = new ArrayList<>();
        int total = list(reply, data, "action log", item -> {
            Optional<Instant> time = instant(item.get("timestamp"));
            if (time.isEmpty()) {
                return;
            }
            String type = orEmpty(Envelope.text(item, "eventType"));
            JsonNode geo = item.path("geoip");
            JsonNode ua = item.path("parsedUserAgent");
            events.add(new ActivityEvent(time.get(), type, ActivityKind.of(type), bool(item.get("success")),
                    Envelope.text(item, "appId"), Envelope.text(item, "appName"),
                    Masking.maskIp(Envelope.text(item, "clientIp")), Envelope.text(geo, "cityName"),
                    Envelope.text(geo, "regionName"), Envelope.text(geo, "countryName"), Envelope.text(ua, "device"),
                    Envelope.text(ua, "browser"), Envelope.text(ua, "os"), Envelope.text(item, "requestId"),
                    factor(item), ActivityEvent.Source.ACTION_LOG));
        }, events);
        return new ActivityPage(total, events, Envelope.requestId(reply));
    }

    /** Paginated {@code {appId, appName, clientIp, userAgent, time}}: each a sign-in. */
    static ActivityPage loginHistory(HttpReply reply, JsonNode data) throws GenAuthException {
        List<ActivityEvent> events = new ArrayList<>();
        int total = list(reply, data, "login history", item -> {
            Optional<Instant> time = instant(item.get("time"));
            if (time.isEmpty()) {
                time = instant(item.get("timestamp"));
            }
            if (time.isEmpty()) {
                return;
            }
            events.add(new ActivityEvent(time.get(), "login", ActivityKind.SIGN_IN, Optional.empty(),
                    Envelope.text(item, "appId"), Envelope.text(item, "appName"),
                    Masking.maskIp(Envelope.text(item, "clientIp")), "", "", "", "", "", "", "", Optional.empty(),
                    ActivityEvent.Source.LOGIN_HISTORY));
        }, events);
        return new ActivityPage(total, events, Envelope.requestId(reply));
    }

    /** Reads a list from {@code data.list} (or {@code data} itself as an array); returns the total count. */
    private static int list(HttpReply reply, JsonNode data, String what, java.util.function.Consumer<JsonNode> each,
            List<ActivityEvent> events) throws GenAuthException {
        if (data == null || data.isNull()) {
            return 0;
        }
        JsonNode list = data.isArray() ? data : data.path("list");
        if (!data.isArray() && !data.isObject()) {
            throw Envelope.malformed(reply, "the " + what + " answer's data is not an object");
        }
        if (!list.isArray() && !list.isMissingNode() && !list.isNull()) {
            throw Envelope.malformed(reply, "the " + what + " answer's list is not an array");
        }
        for (JsonNode item : list) {
            if (item.isObject()) {
                each.accept(item);
            }
        }
        Integer total = data.isObject() ? Envelope.integer(data.get("totalCount")) : null;
        return total == null ? events.size() : total;
    }

    /**
     * The MFA type an event concerns: {@code factorType}/{@code mfaType} of the entry or of its
     * {@code eventDetail} (a JSON object or JSON text), else a known type named in the detail text.
     */
    static Optional<FactorType> factor(JsonNode item) {
        for (String key : new String[] {"factorType", "mfaType"}) {
            String direct = Envelope.text(item, key);
            if (direct != null) {
                return Optional.of(FactorType.of(direct));
            }
        }
        JsonNode detail = item.get("eventDetail");
        if (detail == null || detail.isNull()) {
            return Optional.empty();
        }
        JsonNode obj = detail;
        if (detail.isTextual()) {
            String text = detail.asText().strip();
            if (text.startsWith("{")) {
                try {
                    obj = Json.read(text);
                } catch (java.io.IOException e) {
                    obj = detail;
                }
            }
        }
        if (obj.isObject()) {
            for (String key : new String[] {"factorType", "mfaType", "type", "mfaPolicy"}) {
                String v = Envelope.text(obj, key);
                if (v != null) {
                    return Optional.of(FactorType.of(v));
                }
            }
            return Optional.empty();
        }
        String upper = detail.asText().toUpperCase(Locale.ROOT);
        for (FactorType t : List.of(FactorType.SMS, FactorType.EMAIL, FactorType.OTP, FactorType.FACE)) {
            if (upper.matches(".*\\b" + t.name() + "\\b.*")) {
                return Optional.of(t);
            }
        }
        if (upper.contains("TOTP")) {
            return Optional.of(FactorType.OTP);
        }
        return Optional.empty();
    }

    /** A yes/no in any of the forms seen; anything else, or nothing, is empty. */
    static Optional<Boolean> bool(JsonNode v) {
        Enablement e = enablement(v);
        return e == Enablement.UNKNOWN ? Optional.empty() : Optional.of(e.isEnabled());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A switch in any of the forms seen; anything else, or nothing, is UNKNOWN. */
    static Enablement enablement(JsonNode v) {
        if (v == null || v.isNull()) {
            return Enablement.UNKNOWN;
        }
        if (v.isBoolean()) {
            return Enablement.of(v.booleanValue());
        }
        if (v.isIntegralNumber()) {
            long n = v.longValue();
            return n == 1 ? Enablement.ENABLED : n == 0 ? Enablement.DISABLED : Enablement.UNKNOWN;
        }
        switch (v.asText().strip().toLowerCase(Locale.ROOT)) {
            case "enabled", "enable", "true", "1", "on", "yes":
                return Enablement.ENABLED;
            case "disabled", "disable", "false", "0", "off", "no":
                return Enablement.DISABLED;
            default:
                return Enablement.UNKNOWN;
        }
    }

    /** An ISO-8601 time (with offset) or epoch milliseconds (seconds when small), as number or text. */
    static Optional<Instant> instant(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isNumber()) {
            return epoch(v.longValue());
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.chars().allMatch(Character::isDigit)) {
            try {
                return epoch(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> epoch(long n) {
        if (n <= 0) {
            return Optional.empty();
        }
        return Optional.of(n < SMALLEST_EPOCH_MILLIS ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n));
    }
}
