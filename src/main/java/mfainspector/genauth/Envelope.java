package mfainspector.genauth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import mfainspector.json.Json;

/**
 * Reads GenAuth's envelope {@code {statusCode, message, apiCode, requestId, data}} and turns
 * every failure into a {@link GenAuthException} with its category. HTTP is normally 200 even on
 * failure, so the body's {@code statusCode} decides; the HTTP status counts where the body does not.
 */
final class Envelope {

    private static final Set<Integer> WRONG_CREDENTIALS = Set.of(2333, 2006, 2004);
    private static final Set<Integer> MFA_REQUIRED = Set.of(1635, 1636);
    private static final Set<Integer> USER_LOCKED = Set.of(2005, 1639, 2058);
    private static final Set<ErrorCategory> KNOWN_WITHOUT_BODY =
            Set.of(ErrorCategory.RATE_LIMITED, ErrorCategory.NOT_SIGNED_IN, ErrorCategory.SERVER_ERROR);

    /**
     * Turns a failed answer's codes into a category. The Authentication API's mapping is
     * {@link #categorize}; the management calls read some codes their own way (2004 is "no such
     * user" there, not a wrong sign-in).
     */
    interface ErrorMapping {
        ErrorCategory categorize(int httpStatus, Integer statusCode, Integer apiCode);
    }

    private Envelope() {
    }

    /** The {@code data} of a successful answer, possibly null or JSON null; throws for every failure. */
    static JsonNode data(HttpReply reply) throws GenAuthException {
        return data(reply, Envelope::categorize);
    }

    /** As {@link #data(HttpReply)}, with failures categorized by {@code mapping}. */
    static JsonNode data(HttpReply reply, ErrorMapping mapping) throws GenAuthException {
        JsonNode root = parse(reply, mapping);
        Integer statusCode = integer(root.get("statusCode"));
        boolean httpOk = reply.httpStatus() >= 200 && reply.httpStatus() < 300;
        if (statusCode == null && httpOk) {
            throw noStatusCode(reply);
        }
        if (httpOk && statusCode == 200) {
            return root.get("data");
        }
        String message = text(root, "message");
        if (message == null) {
            message = text(root, "error_description");
        }
        throw failed(reply, mapping, statusCode, integer(root.get("apiCode")), message, text(root, "requestId"));
    }

    /** The failure a JSON answer with these envelope fields stands for (not a success). */
    static GenAuthException failed(HttpReply reply, ErrorMapping mapping, Integer statusCode, Integer apiCode,
            String message, String requestId) {
        return GenAuthException.builder(mapping.categorize(reply.httpStatus(), statusCode, apiCode))
                .httpStatus(reply.httpStatus())
                .statusCode(statusCode)
                .apiCode(apiCode)
                .serverMessage(message)
                .requestId(requestId)
                .retryAfterSeconds(reply.retryAfterSeconds())
                .build();
    }

    /** The failure of a JSON answer that has no {@code statusCode}. */
    static GenAuthException noStatusCode(HttpReply reply) {
        return malformed(reply, "the answer is JSON but has no statusCode: check that the host is the app's Authentication Address");
    }

    /** The error mapping: the first rule that matches wins. Nulls stand for codes not sent. */
    static ErrorCategory categorize(int httpStatus, Integer statusCode, Integer apiCode) {
        int sc = statusCode == null ? 0 : statusCode;
        int api = apiCode == null ? 0 : apiCode;
        if (httpStatus == 429 || sc == 429) {
            return ErrorCategory.RATE_LIMITED;
        }
        if (httpStatus == 401 || sc == 401 || api == 2020) {
            return ErrorCategory.NOT_SIGNED_IN;
        }
        if (WRONG_CREDENTIALS.contains(api)) {
            return ErrorCategory.WRONG_CREDENTIALS;
        }
        if (api == 2011 || (api >= 1300 && api <= 1306)) {
            return ErrorCategory.APP_MISCONFIGURED;
        }
        if (MFA_REQUIRED.contains(api)) {
            return ErrorCategory.MFA_REQUIRED;
        }
        if (USER_LOCKED.contains(api)) {
            return ErrorCategory.USER_LOCKED;
        }
        if (sc == 402 || sc == 403) {
            return ErrorCategory.PERMISSION_DENIED;
        }
        if (sc == 404 || httpStatus == 404) {
            return ErrorCategory.NOT_FOUND;
        }
        if (isServerFault(sc) || isServerFault(httpStatus)) {
            return ErrorCategory.SERVER_ERROR;
        }
        return ErrorCategory.REJECTED;
    }

    /** The {@code requestId} of an answer's body, or "" when it has none or is not JSON. */
    static String requestId(HttpReply reply) {
        try {
            JsonNode root = reply.body().length == 0 ? null : Json.read(reply.body());
            String id = root == null || !root.isObject() ? null : text(root, "requestId");
            return id == null ? "" : id;
        } catch (IOException e) {
            return "";
        }
    }

    /** A failure of the answer's form, with a detail of our own saying what came back. */
    static GenAuthException malformed(HttpReply reply, String detail) {
        return GenAuthException.builder(ErrorCategory.MALFORMED_RESPONSE)
                .httpStatus(reply.httpStatus())
                .detail(detail)
                .build();
    }

    private static boolean isServerFault(int code) {
        return (code >= 500 && code <= 599) || (code >= 601 && code <= 603);
    }

    /**
     * The body as a JSON object. A body that is not one (HTML page, empty, broken JSON) still
     * counts as rate limit, sign-in or server fault when the HTTP status says so.
     */
    private static JsonNode parse(HttpReply reply, ErrorMapping mapping) throws GenAuthException {
        JsonNode root;
        String problem;
        try {
            root = reply.body().length == 0 ? null : Json.read(reply.body());
            problem = root == null || root.isMissingNode() ? "an empty body"
                    : root.isObject() ? null : "JSON that is not an object";
        } catch (JacksonException e) {
            root = null;
            problem = notJson(reply);
        } catch (IOException e) {
            root = null;
            problem = "an unreadable body";
        }
        if (problem == null) {
            return root;
        }
        throw unreadable(reply, mapping, problem);
    }

    /** What a body that does not parse as JSON looks like, for {@link #unreadable}. */
    static String notJson(HttpReply reply) {
        return looksLikeHtml(reply.body()) ? "an HTML page" : "text that is not valid JSON";
    }

    /**
     * The failure of an answer whose body is not a JSON object ({@code problem} says what it is):
     * still a rate limit, sign-in or server fault when the HTTP status says so.
     */
    static GenAuthException unreadable(HttpReply reply, ErrorMapping mapping, String problem) {
        ErrorCategory byStatus = categorize(reply.httpStatus(), null, null);
        if (KNOWN_WITHOUT_BODY.contains(byStatus)) {
            return GenAuthException.builder(mapping.categorize(reply.httpStatus(), null, null))
                    .httpStatus(reply.httpStatus())
                    .retryAfterSeconds(reply.retryAfterSeconds())
                    .detail("the server answered HTTP " + reply.httpStatus() + " with " + problem)
                    .build();
        }
        return malformed(reply, "the server answered HTTP " + reply.httpStatus() + " with " + problem
                + ", not GenAuth's JSON: check that the host is the app's Authentication Address");
    }

    private static boolean looksLikeHtml(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }

    /** A number sent as a JSON number or as a numeric string; null otherwise. */
    static Integer integer(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            try {
                return Integer.valueOf(v.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A non-blank text field, stripped; null otherwise. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank()) {
            return null;
        }
        return v.asText().strip();
    }
}
