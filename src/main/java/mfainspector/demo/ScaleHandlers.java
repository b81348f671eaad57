package mfainspector.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mfainspector.json.Json;

/**
 * The management calls over the named users and the synthetic ones of {@link DemoScale}:
 * {@code list-users} with {@code advancedFilter} on {@code createdAt} (or {@code signedUp}:
 * {@code BETWEEN}, {@code GREATER}, {@code LESSER}, both ends included) and {@code status}
 * ({@code EQUAL}), {@code options.sort} by {@code createdAt}, and the deep-paging cap; the
 * per-user calls answer synthetic users and hand the named ones to the handlers they had.
 */
final class ScaleHandlers {

    private static final int MAX_PAGE_SIZE = 50;

    private final DemoDirectory directory;
    private final ManagementHandlers management;
    private final SyntheticUsers synthetic;
    private final int pagingCap;

    ScaleHandlers(DemoDirectory directory, ManagementHandlers management, DemoScale scale) {
        this.directory = directory;
        this.management = management;
        this.synthetic = new SyntheticUsers(scale.users(), scale.brokenEvery());
        this.pagingCap = scale.pagingCap();
    }

    /** {@code routes} with the calls this class answers wrapped around the ones there. */
    Map<String, Function<DemoRequest, JsonNode>> wrap(Map<String, Function<DemoRequest, JsonNode>> routes) {
        Map<String, Function<DemoRequest, JsonNode>> out = new HashMap<>(routes);
        Function<DemoRequest, JsonNode> plainList = routes.get("POST /api/v3/list-users");
        out.put("POST /api/v3/list-users", req -> listUsers(req, plainList));
        out.put("GET /api/v3/get-user", perUser(routes.get("GET /api/v3/get-user"), i -> synthetic.json(i)));
        out.put("GET /api/v3/get-user-mfa-info", perUser(routes.get("GET /api/v3/get-user-mfa-info"), this::mfaInfo));
        out.put("GET /api/v3/get-mfa-status", perUser(routes.get("GET /api/v3/get-mfa-status"), this::mfaStatus));
        out.put("GET /api/v3/get-user-login-history", perUser(routes.get("GET /api/v3/get-user-login-history"),
                i -> emptyPage()));
        Function<DemoRequest, JsonNode> actionLogs = routes.get("POST /api/v3/get-user-action-logs");
        out.put("POST /api/v3/get-user-action-logs", req -> {
            OptionalInt i = synthetic.find("user_id", req.bodyText("userId"));
            if (i.isEmpty()) {
                return actionLogs.apply(req);
            }
            management.authorize(req);
            return emptyPage();
        });
        return out;
    }

    private Function<DemoRequest, JsonNode> perUser(Function<DemoRequest, JsonNode> named,
            Function<Integer, JsonNode> answer) {
        return req -> {
            OptionalInt i = synthetic.find(req.query("userIdType").orElse("user_id"), req.query("userId").orElse(""));
            if (i.isEmpty()) {
                return named.apply(req);
            }
            management.authorize(req);
            if (synthetic.broken(i.getAsInt())) {
                throw new DemoFailure(500, 0, DemoMessage.INTERNAL_ERROR);
            }
            return answer.apply(i.getAsInt());
        };
    }

    private JsonNode mfaInfo(int i) {
        int m = synthetic.mfa(i);
        ObjectNode data = Json.object();
        data.put("totpStatus", bound(m, SyntheticUsers.OTP));
        data.put("faceMfaStatus", bound(m, SyntheticUsers.FACE));
        data.put("smsMfaStatus", bound(m, SyntheticUsers.SMS));
        data.put("emailMfaStatus", bound(m, SyntheticUsers.EMAIL));
        return data;
    }

    private JsonNode mfaStatus(int i) {
        int m = synthetic.mfa(i);
        ObjectNode data = Json.object();
        boolean sms = (m & SyntheticUsers.SMS) != 0 && !synthetic.phone(i).isEmpty();
        data.put("mfaPhone", sms ? synthetic.phone(i) : null);
        data.put("mfaPhoneCountryCode", sms ? synthetic.phoneCountryCode(i) : null);
        data.put("mfaEmail", (m & SyntheticUsers.EMAIL) != 0 ? synthetic.email(i) : null);
        data.put("totpMfaEnabled", (m & SyntheticUsers.OTP) != 0);
        data.put("faceMfaEnabled", (m & SyntheticUsers.FACE) != 0);
        ManagementHandlers.applicationMfa(data);
        return data;
    }

    private static String bound(int mfa, int bit) {
        return (mfa & bit) != 0 ? "enabled" : "disabled";
    }

    private JsonNode emptyPage() {
        ObjectNode data = Json.object();
        data.put("totalCount", 0);
        data.putArray("list");
        return data;
    }

    /** {@code POST /api/v3/list-users}; a plain keyword search over the named users only goes to {@code plain}. */
    private JsonNode listUsers(DemoRequest req, Function<DemoRequest, JsonNode> plain) {
        JsonNode body = req.body();
        JsonNode filters = body.path("advancedFilter");
        JsonNode sort = body.path("options").path("sort");
        if (synthetic.count() == 0 && filters.isMissingNode() && sort.isMissingNode()) {
            return plain.apply(req);
        }
        management.authorize(req);
        JsonNode pagination = body.path("options").path("pagination");
        int page = Math.max(1, pagination.path("page").asInt(1));
        int limit = pagination.path("limit").asInt(10);
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw DemoFailure.badRequest(DemoMessage.LIMIT_TOO_LARGE);
        }
        long offset = (long) (page - 1) * limit;
        if (offset + limit > pagingCap) {
            throw DemoFailure.badRequest(DemoMessage.DEEP_PAGE, pagingCap);
        }
        Query q = Query.of(filters, sort, req.bodyText("keywords").toLowerCase(Locale.ROOT));

        Comparator<DemoUser> byCreation = Comparator.comparing(DemoUser::createdAt);
        List<DemoUser> named = directory.users().stream().filter(q::matches)
                .sorted(q.newestFirst ? byCreation.reversed() : byCreation).toList();
        int lo = synthetic.firstAtOrAfter(q.from);
        int hi = q.to == Long.MAX_VALUE ? synthetic.count() : synthetic.firstAtOrAfter(q.to + 1);
        IntPredicate extra = i -> (q.status.isEmpty() || synthetic.status(i).equals(q.status))
                && synthetic.matches(i, q.keywords);
        boolean plainRange = q.status.isEmpty() && q.keywords.isEmpty();
        long syntheticTotal = 0;
        if (plainRange) {
            syntheticTotal = Math.max(0, hi - lo);
        } else {
            for (int i = lo; i < hi; i++) {
                syntheticTotal += extra.test(i) ? 1 : 0;
            }
        }

        ObjectNode data = Json.object();
        data.put("totalCount", named.size() + syntheticTotal);
        ArrayNode list = data.putArray("list");
        // Merge both in creation order, skipping offset.
        int n = 0;
        int s = q.newestFirst ? hi - 1 : lo;
        int step = q.newestFirst ? -1 : 1;
        long skipped = 0;
        while (list.size() < limit) {
            while (s >= lo && s < hi && !extra.test(s)) {
                s += step;
            }
            boolean hasSynthetic = s >= lo && s < hi;
            boolean hasNamed = n < named.size();
            if (!hasSynthetic && !hasNamed) {
                break;
            }
            boolean takeNamed;
            if (hasSynthetic && hasNamed) {
                long namedAt = named.get(n).createdAt().toEpochMilli();
                long syntheticAt = synthetic.createdMillis(s);
                takeNamed = q.newestFirst ? namedAt >= syntheticAt : namedAt <= syntheticAt;
            } else {
                takeNamed = hasNamed;
            }
            if (skipped < offset) {
                skipped++;
            } else {
                list.add(takeNamed ? management.user(named.get(n)) : synthetic.json(s));
            }
            if (takeNamed) {
                n++;
            } else {
                s += step;
            }
        }
        return data;
    }

    /** What a {@code list-users} body asks for; creation times in epoch milliseconds, both ends included. */
    private record Query(long from, long to, String status, String keywords, boolean newestFirst) {

        static Query of(JsonNode filters, JsonNode sort, String keywords) {
            long from = Long.MIN_VALUE;
            long to = Long.MAX_VALUE;
            String status = "";
            for (JsonNode f : filters) {
                String field = f.path("field").asText("");
                String op = f.path("operator").asText("");
                JsonNode v = f.path("value");
                if (field.equals("createdAt") || field.equals("signedUp")) {
                    switch (op) {
                        case "BETWEEN" -> {
                            if (!v.isArray() || v.size() != 2) {
                                throw DemoFailure.badRequest(DemoMessage.BAD_FILTER, "BETWEEN takes [from, to]");
                            }
                            from = Math.max(from, millis(v.get(0)));
                            to = Math.min(to, millis(v.get(1)));
                        }
                        case "GREATER" -> from = Math.max(from, millis(v));
                        case "LESSER" -> to = Math.min(to, millis(v));
                        default -> throw DemoFailure.badRequest(DemoMessage.BAD_FILTER, field + " " + op);
                    }
                } else if (field.equals("status") && op.equals("EQUAL")) {
                    status = v.asText("");
                } else {
                    throw DemoFailure.badRequest(DemoMessage.BAD_FILTER, field + " " + op);
                }
            }
            boolean desc = false;
            if (sort.isArray() && !sort.isEmpty()) {
                JsonNode first = sort.get(0);
                if (!first.path("field").asText("").equals("createdAt")) {
                    throw DemoFailure.badRequest(DemoMessage.BAD_FILTER, "sort by " + first.path("field").asText(""));
                }
                desc = first.path("order").asText("asc").equalsIgnoreCase("desc");
            }
            return new Query(from, to, status, keywords, desc);
        }

        boolean matches(DemoUser u) {
            long t = u.createdAt().toEpochMilli();
            return t >= from && t <= to && (status.isEmpty() || u.status().equals(status))
                    && (keywords.isEmpty() || List.of(u.username(), u.name(), u.email(), u.phone(), u.externalId())
                            .stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(keywords)));
        }

        private static long millis(JsonNode v) {
            if (v.isNumber()) {
                return v.longValue();
            }
            try {
                return Instant.parse(v.asText("")).toEpochMilli();
            } catch (RuntimeException e) {
                throw DemoFailure.badRequest(DemoMessage.BAD_FILTER, "createdAt takes epoch milliseconds or ISO 8601");
            }
        }
    }
}
