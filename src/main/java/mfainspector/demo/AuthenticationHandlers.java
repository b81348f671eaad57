package mfainspector.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.json.Json;

/** The Authentication API: sign-in and the signed-in user's own factor lists. */
final class AuthenticationHandlers {

    /** The factor types this tenant's apps allow, in the order GenAuth lists them. */
    private static final List<FactorType> ENROLLABLE =
            List.of(FactorType.SMS, FactorType.EMAIL, FactorType.OTP, FactorType.FACE);
    private static final List<String> ACCOUNT_KEYS = List.of("account", "email", "phone", "username");

    private final DemoDirectory directory;
    private final DemoTokens tokens;

    AuthenticationHandlers(DemoDirectory directory, DemoTokens tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    /** {@code POST /api/v3/signin} with the PASSWORD connection. */
    JsonNode signIn(DemoRequest req) {
        DemoApp app = app(req);
        authenticateClient(app, req);
        String connection = req.bodyText("connection");
        if (!"PASSWORD".equals(connection)) {
            throw DemoFailure.badRequest(DemoMessage.UNSUPPORTED_CONNECTION, connection);
        }
        JsonNode payload = req.body().path("passwordPayload");
        Optional<DemoUser> user = ACCOUNT_KEYS.stream()
                .filter(key -> !payload.path(key).asText("").isBlank())
                .findFirst()
                .flatMap(key -> directory.forSignIn(key, payload.path(key).asText()));
        if (user.isEmpty() || !DemoTenant.DEMO_PASSWORD.equals(payload.path("password").asText(""))) {
            user.ifPresent(u -> directory.recordAttempt(u, app, false));
            throw new DemoFailure(403, 2333, DemoMessage.WRONG_CREDENTIALS);
        }
        directory.recordAttempt(user.get(), app, user.get().signIn() != DemoUser.SignInOutcome.LOCKED
                && user.get().signIn() != DemoUser.SignInOutcome.SUSPENDED);
        switch (user.get().signIn()) {
            case LOCKED, SUSPENDED -> throw new DemoFailure(403, 2005, DemoMessage.USER_LOCKED);
            case NEEDS_MFA_STEP -> throw new DemoFailure(400, 1636, DemoMessage.MFA_REQUIRED);
            case SIGNS_IN -> directory.recordSignIn(user.get());
        }
        String scope = req.bodyText("options", "scope");
        return tokens.signIn(user.get(), app, scope.isEmpty() ? "openid profile" : scope);
    }

    /** {@code GET /api/v3/list-enrolled-factors}: the user's factors as {@code FactorDto}s. */
    JsonNode listEnrolledFactors(DemoRequest req) {
        ArrayNode list = Json.array();
        for (Factor f : signedInUser(req).factors()) {
            ObjectNode dto = list.addObject();
            dto.put("factorId", f.factorId());
            dto.put("factorType", f.type().name());
            dto.set("profile", Json.fromJava(f.profile()));
        }
        return list;
    }

    /** {@code GET /api/v3/list-factors-to-enroll}: the allowed types the user has not bound. */
    JsonNode listFactorsToEnroll(DemoRequest req) {
        DemoUser user = signedInUser(req);
        ArrayNode list = Json.array();
        ENROLLABLE.stream().filter(t -> !user.has(t)).forEach(t -> list.addObject().put("factorType", t.name()));
        return list;
    }

    /** Every Authentication API call names a known app. */
    private DemoApp app(DemoRequest req) {
        return req.appId().flatMap(directory::app)
                .orElseThrow(() -> new DemoFailure(400, 2011, DemoMessage.APP_NOT_FOUND));
    }

    private DemoUser signedInUser(DemoRequest req) {
        DemoApp app = app(req);
        return req.bearerToken()
                .flatMap(token -> tokens.verify(token, app.appId()))
                .flatMap(userId -> directory.lookUp("user_id", userId))
                .orElseThrow(DemoFailure::notLoggedIn);
    }

    /**
     * Checks the client the way the app is configured: secret in the body, in a Basic header, or
     * none at all. A secret sent the other way counts as a mismatch, as on a real tenant.
     */
    private static void authenticateClient(DemoApp app, DemoRequest req) {
        Optional<String[]> basic = req.basicCredentials();
        String bodyId = req.bodyText("client_id");
        String bodySecret = req.bodyText("client_secret");
        boolean idOk = bodyId.isEmpty() || bodyId.equals(app.appId());
        boolean ok = idOk && switch (app.method()) {
            case CLIENT_SECRET_POST -> basic.isEmpty() && !bodyId.isEmpty() && sameSecret(app, bodySecret);
            case CLIENT_SECRET_BASIC -> bodySecret.isEmpty() && basic.isPresent()
                    && basic.get()[0].equals(app.appId()) && sameSecret(app, basic.get()[1]);
            case NONE -> basic.isEmpty() && bodySecret.isEmpty();
        };
        if (!ok) {
            throw new DemoFailure(400, 1300, DemoMessage.CLIENT_AUTH_FAILED, app.method().wireName());
        }
    }

    private static boolean sameSecret(DemoApp app, String given) {
        return !given.isEmpty() && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                app.appSecret().reveal().getBytes(StandardCharsets.UTF_8));
    }
}
