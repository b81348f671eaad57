package mfainspector.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.json.Json;

/**
 * The Management API calls of the helpdesk actions, with GenAuth's shapes: the apps a user is
 * signed in to, signing them out ({@code kick-users}), suspending or reactivating
 * ({@code update-user}), the MFA phone and email ({@code set-mfa-status}), and the V2 unbinding
 * of the authenticator app or face. Each change holds for the life of the tenant and adds an event
 * to the user's activity: {@code kick}, {@code updateUserPrefile}, {@code bindMfa}, {@code unbindMFA}.
 */
final class ActionHandlers {

    /** {@code DELETE /api/v2/users/{userId}/mfa-bound}. */
    private static final Pattern V2_UNBIND = Pattern.compile("DELETE /api/v2/users/([^/]+)/mfa-bound");

    private final DemoDirectory directory;
    private final ManagementHandlers management;

    ActionHandlers(DemoDirectory directory, ManagementHandlers management) {
        this.directory = directory;
        this.management = management;
    }

    /** The V3 paths this class answers. */
    Map<String, Function<DemoRequest, JsonNode>> routes() {
        return Map.of(
                "GET /api/v3/get-user-loggedin-apps", this::loggedInApps,
                "POST /api/v3/kick-users", this::kickUsers,
                "POST /api/v3/update-user", this::updateUser,
                "POST /api/v3/set-mfa-status", this::setMfaStatus);
    }

    /** The user id of a V2 unbinding route ({@code "DELETE /api/v2/users/<id>/mfa-bound"}), if it is one. */
    static Optional<String> v2UnbindUser(String route) {
        Matcher m = V2_UNBIND.matcher(route);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    JsonNode loggedInApps(DemoRequest req) {
        DemoUser u = management.lookUp(req);
        ArrayNode list = Json.array();
        for (String appId : directory.signedInApps(u)) {
            String name = directory.app(appId).map(DemoApp::name).orElse(appId);
            list.addObject().put("appId", appId).put("appName", name).put("appLogo", "").put("appLoginUrl", "");
        }
        return list;
    }

    JsonNode kickUsers(DemoRequest req) {
        management.authorize(req);
        DemoUser u = user(req.bodyText("userId"), req.bodyText("options", "userIdType"));
        JsonNode ids = req.body().path("appIds");
        if (!ids.isArray() || ids.isEmpty()) {
            throw DemoFailure.badRequest(DemoMessage.MISSING_PARAMETER, "appIds");
        }
        List<String> appIds = new ArrayList<>();
        ids.forEach(id -> appIds.add(id.asText("")));
        directory.signOut(u, appIds);
        event(u, "kick", null);
        return success();
    }

    JsonNode updateUser(DemoRequest req) {
        management.authorize(req);
        DemoUser u = user(req.bodyText("userId"), req.bodyText("options", "userIdType"));
        String status = req.bodyText("status");
        DemoUser.SignInOutcome outcome = switch (status) {
            case "Suspended" -> DemoUser.SignInOutcome.SUSPENDED;
            case "Activated" -> DemoUser.SignInOutcome.SIGNS_IN;
            case "" -> null;
            default -> throw DemoFailure.badRequest(DemoMessage.UNSUPPORTED_STATUS, status);
        };
        if (outcome != null) {
            u = directory.update(u, now -> now.withSignIn(outcome));
            event(u, "updateUserPrefile", null);
        }
        return management.user(u);
    }

    JsonNode setMfaStatus(DemoRequest req) {
        management.authorize(req);
        DemoUser u = user(req.bodyText("userId"), req.bodyText("userIdType"));
        JsonNode data = req.body().path("mfaTriggerData");
        if (!data.isObject()) {
            throw DemoFailure.badRequest(DemoMessage.MISSING_PARAMETER, "mfaTriggerData");
        }
        String phone = text(data, "mfaPhone");
        String email = text(data, "mfaEmail");
        if (!phone.isEmpty()) {
            String cc = text(data, "mfaPhoneCountryCode");
            Factor sms = factor(u, FactorType.SMS, Map.of("phoneNumber", phone,
                    "phoneCountryCode", cc.isEmpty() ? u.phoneCountryCode() : cc));
            u = directory.update(u, now -> now.withFactor(FactorType.SMS, sms));
            event(u, "bindMfa", "SMS");
        }
        if (!email.isEmpty()) {
            Factor mail = factor(u, FactorType.EMAIL, Map.of("email", email));
            u = directory.update(u, now -> now.withFactor(FactorType.EMAIL, mail));
            event(u, "bindMfa", "EMAIL");
        }
        return success();
    }

    /**
     * {@code DELETE /api/v2/users/{userId}/mfa-bound?type=OTP|FACE}, answered as V2 does:
     * {@code {code, message, data}}, with {@code code} 200 on success.
     */
    ObjectNode unbindV2(DemoRequest req, String userId) {
        boolean english = req.english();
        try {
            management.authorize(req);
            DemoUser u = user(userId, "user_id");
            String type = req.requiredQuery("type");
            FactorType factor = switch (type) {
                case "OTP" -> FactorType.OTP;
                case "FACE" -> FactorType.FACE;
                default -> throw DemoFailure.badRequest(DemoMessage.UNSUPPORTED_MFA_TYPE, type);
            };
            if (u.has(factor)) {
                u = directory.update(u, now -> now.withFactor(factor, null));
                event(u, "unbindMFA", type);
            }
            ObjectNode body = Json.object().put("code", 200).put("message", DemoMessage.OK.format(english));
            body.put("data", true);
            return body;
        } catch (DemoFailure f) {
            ObjectNode body = Json.object().put("code", f.statusCode)
                    .put("message", f.text.format(english, f.args));
            body.putNull("data");
            return body;
        }
    }

    private DemoUser user(String userId, String userIdType) {
        if (userId.isEmpty()) {
            throw DemoFailure.badRequest(DemoMessage.MISSING_PARAMETER, "userId");
        }
        return directory.lookUp(userIdType.isEmpty() ? "user_id" : userIdType, userId)
                .orElseThrow(() -> new DemoFailure(404, 2004, DemoMessage.USER_NOT_FOUND));
    }

    /** The user's factor of {@code type} with a new profile, keeping its id when there was one. */
    private static Factor factor(DemoUser u, FactorType type, Map<String, Object> profile) {
        String id = u.factor(type).map(Factor::factorId).orElse("6652b8d4f0c3" + DemoTokens.randomHex(6));
        return new Factor(id, type, profile);
    }

    private void event(DemoUser u, String eventType, String factor) {
        DemoApp app = directory.app(SeedData.APPS.get(0).appId()).orElseThrow();
        directory.history().add(u, CaseData.event(Instant.now(), eventType, true, app, "127.0.0.1", factor, false));
    }

    private ObjectNode success() {
        return Json.object().put("success", true);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText("").strip() : "";
    }
}
