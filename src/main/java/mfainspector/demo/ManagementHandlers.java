package mfainspector.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.genauth.Secret;
import mfainspector.json.Json;

/** The Management API calls a helpdesk look-up needs, over the same users as sign-in. */
final class ManagementHandlers {

    private static final int MAX_PAGE_SIZE = 50;
    /** GenAuth's apiCode for "user pool does not exist" (用户池不存在). */
    static final int USER_POOL_NOT_FOUND = 2224;

    private final DemoDirectory directory;
    private final DemoTokens tokens;
    private final String userPoolId;
    private final Secret userPoolSecret;
    private final DemoSignature signatures;

    ManagementHandlers(DemoDirectory directory, DemoTokens tokens, String userPoolId,
            Secret userPoolSecret) {
        this.directory = directory;
        this.tokens = tokens;
        this.userPoolId = userPoolId;
        this.userPoolSecret = userPoolSecret;
        this.signatures = new DemoSignature(userPoolId, userPoolSecret, Clock.systemUTC());
    }

    /**
     * {@code POST /api/v3/get-management-token}. GenAuth documents no code for a wrong key pair;
     * this answers statusCode 403 with apiCode 2333 (wrong credentials), which clients already
     * read as "check what you typed".
     */
    JsonNode managementToken(DemoRequest req) {
        boolean idOk = userPoolId.equals(req.bodyText("accessKeyId"));
        boolean secretOk = MessageDigest.isEqual(req.bodyText("accessKeySecret").getBytes(StandardCharsets.UTF_8),
                userPoolSecret.reveal().getBytes(StandardCharsets.UTF_8));
        if (!idOk || !secretOk) {
            throw new DemoFailure(403, 2333, DemoMessage.WRONG_ACCESS_KEY);
        }
        ObjectNode data = Json.object();
        data.put("access_token", tokens.managementToken(userPoolId));
        data.put("expires_in", tokens.lifetimeSeconds());
        return data;
    }

    /** {@code GET /api/v3/get-user?userId=&userIdType=}. */
    JsonNode getUser(DemoRequest req) {
        return user(lookUp(req));
    }

    /** {@code POST /api/v3/list-users {keywords, options{pagination{page, limit}}}}. */
    JsonNode listUsers(DemoRequest req) {
        authorize(req);
        JsonNode pagination = req.body().path("options").path("pagination");
        int page = Math.max(1, pagination.path("page").asInt(1));
        int limit = pagination.path("limit").asInt(10);
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw DemoFailure.badRequest(DemoMessage.LIMIT_TOO_LARGE);
        }
        List<DemoUser> found = directory.search(req.bodyText("keywords"));
        ObjectNode data = Json.object();
        data.put("totalCount", found.size());
        ArrayNode list = data.putArray("list");
        found.stream().skip((long) (page - 1) * limit).limit(limit).forEach(u -> list.add(user(u)));
        return data;
    }

    /** {@code GET /api/v3/get-user-mfa-info}: per type, bound or not. */
    JsonNode userMfaInfo(DemoRequest req) {
        DemoUser u = lookUp(req);
        ObjectNode data = Json.object();
        data.put("totpStatus", status(u, FactorType.OTP));
        data.put("faceMfaStatus", status(u, FactorType.FACE));
        data.put("smsMfaStatus", status(u, FactorType.SMS));
        data.put("emailMfaStatus", status(u, FactorType.EMAIL));
        return data;
    }

    /** {@code GET /api/v3/get-mfa-status}: the bound contact details and the app's MFA policies. */
    JsonNode mfaStatus(DemoRequest req) {
        DemoUser u = lookUp(req);
        ObjectNode data = Json.object();
        data.put("mfaPhone", u.factor(FactorType.SMS).flatMap(Factor::phoneNumber).orElse(null));
        data.put("mfaPhoneCountryCode", u.factor(FactorType.SMS).flatMap(Factor::phoneCountryCode).orElse(null));
        data.put("mfaEmail", u.factor(FactorType.EMAIL).flatMap(Factor::email).orElse(null));
        data.put("totpMfaEnabled", u.has(FactorType.OTP));
        data.put("faceMfaEnabled", u.has(FactorType.FACE));
        applicationMfa(data);
        return data;
    }

    /** The tenant's app MFA policies: every type enabled, in the factor table's order. */
    static void applicationMfa(ObjectNode data) {
        ArrayNode policies = data.putArray("applicationMfa");
        List<String> enabled = List.of("SMS", "EMAIL", "OTP", "FACE");
        for (int i = 0; i < enabled.size(); i++) {
            policies.addObject().put("mfaPolicy", enabled.get(i)).put("status", 1).put("sort", i + 1);
        }
    }

    DemoUser lookUp(DemoRequest req) {
        authorize(req);
        String userId = req.requiredQuery("userId");
        String type = req.query("userIdType").orElse("user_id");
        return directory.lookUp(type, userId).orElseThrow(() -> new DemoFailure(404, 2004, DemoMessage.USER_NOT_FOUND));
    }

    /** Every call after the token names the user pool and carries a management token for it. */
    void authorize(DemoRequest req) {
        if (!req.header("x-authing-userpool-id", "x-genauth-userpool-id").map(userPoolId::equals).orElse(false)) {
            // A signed call names its user pool in the signature; DemoSignature checks it.
            if (!DemoSignature.isSigned(req)) {
                throw new DemoFailure(400, USER_POOL_NOT_FOUND, DemoMessage.USER_POOL_NOT_FOUND);
            }
        }
        if (DemoSignature.isSigned(req)) {
            // Or, the official Node SDK's way, signed with the user pool secret instead of a token.
            signatures.verify(req);
            return;
        }
        if (req.bearerToken().flatMap(t -> tokens.verify(t, userPoolId)).isEmpty()) {
            throw DemoFailure.notLoggedIn();
        }
    }

    ObjectNode user(DemoUser u) {
        DemoDirectory.Activity activity = directory.activity(u);
        ObjectNode o = Json.object();
        o.put("userId", u.userId());
        o.put("username", u.username());
        o.put("name", u.name());
        o.put("nickname", u.nickname());
        o.put("email", u.email());
        o.put("emailVerified", true);
        o.put("phone", u.phone());
        o.put("phoneCountryCode", u.phoneCountryCode());
        o.put("phoneVerified", true);
        o.put("externalId", u.externalId());
        o.put("status", u.status());
        o.put("lastLogin", activity.lastLogin().toString());
        o.put("lastMfaTime", u.factors().isEmpty() ? null : u.lastLogin().toString());
        o.put("loginsCount", activity.loginsCount());
        o.put("createdAt", u.createdAt().toString());
        CaseHandlers.health(o, u, directory.history());
        return o;
    }

    private static String status(DemoUser u, FactorType type) {
        return u.has(type) ? "enabled" : "disabled";
    }
}
