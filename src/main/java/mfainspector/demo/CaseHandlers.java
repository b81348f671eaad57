package mfainspector.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import mfainspector.factor.FactorType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mfainspector.json.Json;

/**
 * The Management API calls of the case view: a user's action log and login history, and the
 * user's OTP secret for checking a caller's code. Same token, user pool header and errors as
 * {@link ManagementHandlers} (2004 for an unknown user).
 */
final class CaseHandlers {

    private static final int MAX_PAGE_SIZE = 50;

    private final DemoDirectory directory;
    private final ManagementHandlers management;

    CaseHandlers(DemoDirectory directory, ManagementHandlers management) {
        this.directory = directory;
        this.management = management;
    }

    /** The paths this class answers. */
    Map<String, Function<DemoRequest, JsonNode>> routes() {
        return Map.of(
                "POST /api/v3/get-user-action-logs", this::actionLogs,
                "GET /api/v3/get-user-login-history", this::loginHistory,
                "GET /api/v3/get-otp-secret-by-user", this::otpSecret);
    }

    /**
     * {@code POST /api/v3/get-user-action-logs {userId, start?, end?, success?, eventType?,
     * pagination{page, limit}}}: times in epoch milliseconds, newest first.
     */
    JsonNode actionLogs(DemoRequest req) {
        management.authorize(req);
        JsonNode body = req.body();
        String userId = req.bodyText("userId");
        if (userId.isEmpty()) {
            throw DemoFailure.badRequest(DemoMessage.MISSING_PARAMETER, "userId");
        }
        DemoUser u = user("user_id", userId);
        Optional<Long> start = millis(body.get("start"));
        Optional<Long> end = millis(body.get("end"));
        JsonNode success = body.get("success");
        String eventType = req.bodyText("eventType");
        JsonNode pagination = body.path("pagination");
        int page = Math.max(1, pagination.path("page").asInt(1));
        int limit = limit(pagination.path("limit").asInt(10));
        Predicate<DemoEvent> keep = e -> within(e.time(), start, end)
                && (success == null || success.isNull() || e.success() == success.asBoolean())
                && (eventType.isEmpty() || eventType.equals(e.eventType()));
        List<DemoEvent> found = directory.history().of(u).stream().filter(keep).toList();
        ObjectNode data = Json.object();
        data.put("totalCount", found.size());
        ArrayNode list = data.putArray("list");
        found.stream().skip((long) (page - 1) * limit).limit(limit).forEach(e -> list.add(actionLog(u, e)));
        return data;
    }

    /** {@code GET /api/v3/get-user-login-history?userId=&userIdType=&start=&end=&page=&limit=}. */
    JsonNode loginHistory(DemoRequest req) {
        DemoUser u = management.lookUp(req);
        Optional<Long> start = req.query("start").flatMap(CaseHandlers::millis);
        Optional<Long> end = req.query("end").flatMap(CaseHandlers::millis);
        int page = Math.max(1, req.query("page").map(CaseHandlers::number).orElse(1));
        int limit = limit(req.query("limit").map(CaseHandlers::number).orElse(10));
        List<DemoEvent> found = directory.history().of(u).stream()
                .filter(e -> e.inLoginHistory() && within(e.time(), start, end)).toList();
        ObjectNode data = Json.object();
        data.put("totalCount", found.size());
        ArrayNode list = data.putArray("list");
        found.stream().skip((long) (page - 1) * limit).limit(limit).forEach(e -> list.addObject()
                .put("appId", e.appId()).put("appName", e.appName()).put("appLogo", "").put("appLoginUrl", "")
                .put("clientIp", e.ip()).put("userAgent", userAgent(e)).put("time", e.time().toString()));
        return data;
    }

    /** {@code GET /api/v3/get-otp-secret-by-user}: {@code {secret}} in base32; no secret when no OTP is bound. */
    JsonNode otpSecret(DemoRequest req) {
        DemoUser u = management.lookUp(req);
        ObjectNode data = Json.object();
        if (u.has(FactorType.OTP)) {
            CaseData.otpSecret(u).ifPresent(s -> data.put("secret", s));
        }
        return data;
    }

    /** The account-health fields of {@code get-user}, from the seeded and recorded activity. */
    static void health(ObjectNode o, DemoUser u, DemoHistory history) {
        // A status set on this tenant (a helpdesk action) is its latest change.
        o.put("statusChangedAt", history.lastSuccess(u, "updateUserPrefile")
                .orElse(CaseData.statusChangedAt(u, history.started())).toString());
        o.put("emailVerified", CaseData.emailVerified(u));
        o.put("passwordLastSetAt", CaseData.passwordLastSetAt(u).toString());
        o.put("resetPasswordOnNextLogin", CaseData.resetPasswordOnNextLogin(u));
        List<DemoEvent> events = history.of(u);
        events.stream().filter(e -> e.eventType().equals("login") && e.success()).findFirst().ifPresent(e -> {
            o.put("lastIp", e.ip());
            o.put("lastLoginApp", e.appId());
        });
        if (!u.factors().isEmpty()) {
            history.lastSuccess(u, "verifyMfa").ifPresent(t -> o.put("lastMfaTime", t.toString()));
        }
    }

    private ObjectNode actionLog(DemoUser u, DemoEvent e) {
        ObjectNode o = Json.object();
        o.put("userId", u.userId());
        o.put("userDisplayName", u.name());
        o.put("appId", e.appId());
        o.put("appName", e.appName());
        o.put("clientIp", e.ip());
        o.put("eventType", e.eventType());
        if (e.factor() != null) {
            o.put("eventDetail", Json.text(Json.object().put("mfaType", e.factor())));
        }
        o.put("success", e.success());
        o.put("userAgent", userAgent(e));
        o.putObject("parsedUserAgent").put("device", e.device()).put("browser", e.browser()).put("os", e.os());
        o.putObject("geoip").put("cityName", e.city()).put("regionName", e.region()).put("countryName", e.country())
                .put("countryCode2", e.countryCode());
        o.put("timestamp", e.time().toString());
        o.put("requestId", e.requestId());
        return o;
    }

    private DemoUser user(String type, String id) {
        return directory.lookUp(type, id).orElseThrow(() -> new DemoFailure(404, 2004, DemoMessage.USER_NOT_FOUND));
    }

    private static String userAgent(DemoEvent e) {
        return "Mozilla/5.0 (" + e.os() + ") " + e.browser();
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw DemoFailure.badRequest(DemoMessage.LIMIT_TOO_LARGE);
        }
        return limit;
    }

    private static boolean within(Instant t, Optional<Long> start, Optional<Long> end) {
        long ms = t.toEpochMilli();
        return start.map(s -> ms >= s).orElse(true) && end.map(x -> ms <= x).orElse(true);
    }

    private static Optional<Long> millis(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return v.isNumber() ? Optional.of(v.longValue()) : millis(v.asText());
    }

    private static Optional<Long> millis(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            throw DemoFailure.badRequest(DemoMessage.MISSING_PARAMETER, "start/end (epoch milliseconds)");
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw DemoFailure.badRequest(DemoMessage.LIMIT_TOO_LARGE);
        }
    }
}
