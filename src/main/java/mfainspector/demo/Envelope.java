package mfainspector.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mfainspector.json.Json;

/** GenAuth's reply envelope: {@code {statusCode, message, apiCode?, requestId?, data}}. */
final class Envelope {

    private Envelope() {
    }

    static ObjectNode success(JsonNode data, boolean english) {
        ObjectNode body = Json.object();
        body.put("statusCode", 200);
        body.put("message", DemoMessage.OK.format(english));
        body.put("requestId", DemoTokens.randomHex(16));
        body.set("data", data);
        return body;
    }

    /** A refusal; each carries a fresh {@code requestId}, the value support asks for. */
    static ObjectNode failure(DemoFailure failure, boolean english) {
        ObjectNode body = Json.object();
        body.put("statusCode", failure.statusCode);
        body.put("message", failure.text.format(english, failure.args));
        if (failure.apiCode != 0) {
            body.put("apiCode", failure.apiCode);
        }
        body.put("requestId", DemoTokens.randomHex(16));
        body.putNull("data");
        return body;
    }
}
