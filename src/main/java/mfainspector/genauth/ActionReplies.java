package mfainspector.genauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import mfainspector.json.Json;

/**
 * Reads the answers of the calls that change a user. V3 answers {@code {statusCode, data{success}}}
 * ({@code IsSuccessRespDto}); {@code success: false} under statusCode 200 counts as a refusal. The
 * V2 unbinding answers {@code {code, message, data}}; its {@code code} is read as a statusCode.
 */
final class ActionReplies {

    private ActionReplies() {
    }

    /** The request id of a successful V3 answer; throws for every failure. */
    static String v3(HttpReply reply, Envelope.ErrorMapping mapping) throws GenAuthException {
        JsonNode data = Envelope.data(reply, mapping);
        JsonNode success = data == null ? null : data.get("success");
        if (success != null && success.isBoolean() && !success.booleanValue()) {
            throw GenAuthException.builder(ErrorCategory.REJECTED).httpStatus(reply.httpStatus()).statusCode(200)
                    .requestId(blankToNull(Envelope.requestId(reply)))
                    .detail("the server answered that the change was not made").build();
        }
        return Envelope.requestId(reply);
    }

    /** The request id of a successful V2 answer ({@code code} 200, or a V3-style statusCode 200). */
    static String v2(HttpReply reply, Envelope.ErrorMapping mapping) throws GenAuthException {
        JsonNode root = null;
        try {
            root = reply.body().length == 0 ? null : Json.read(reply.body());
        } catch (IOException e) {
            // not JSON: Envelope.data says what came back
        }
        if (root != null && root.isObject() && !root.has("statusCode") && root.has("code")) {
            Integer code = Envelope.integer(root.get("code"));
            boolean httpOk = reply.httpStatus() >= 200 && reply.httpStatus() < 300;
            if (httpOk && code != null && code == 200) {
                return Envelope.requestId(reply);
            }
            throw GenAuthException.builder(mapping.categorize(reply.httpStatus(), code, null))
                    .httpStatus(reply.httpStatus()).statusCode(code).serverMessage(Envelope.text(root, "message"))
                    .requestId(Envelope.text(root, "requestId")).build();
        }
        Envelope.data(reply, mapping);
        return Envelope.requestId(reply);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
