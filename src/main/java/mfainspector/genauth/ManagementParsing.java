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
import mfainspector.lookup.ApplicationMfaPolicy;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.MfaStatus;
import mfainspector.lookup.UserMfaInfo;
import mfainspector.lookup.UserPage;

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
                logins == null ? OptionalInt.empty() : OptionalInt.of(logins), instant(u.get("createdAt")));
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
