package mfainspector.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** A row as one line of {@code rows.jsonl}, and back. */
final class RowCodec {

    static final ObjectMapper JSON = new ObjectMapper();

    private RowCodec() {
    }

    static String line(ReportRow r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("userId", r.userId());
        o.put("username", r.username());
        o.put("email", r.email());
        o.put("phone", r.phone());
        o.put("phoneCountryCode", r.phoneCountryCode());
        o.put("status", r.status());
        o.put("lastLogin", r.lastLogin().map(Instant::toString).orElse(null));
        o.put("sms", r.smsMfa());
        o.put("emailMfa", r.emailMfa());
        o.put("otp", r.otpMfa());
        o.put("face", r.faceMfa());
        o.put("category", r.category().wireName());
        o.put("reason", r.reason());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report row could not be written as JSON", e);
        }
    }

    /** The row of one line; a line that is not a row (a torn end after a crash) is an {@link IOException}. */
    static ReportRow row(String line) throws IOException {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException("a line of the rows file is not JSON");
        }
        if (o == null || !o.isObject() || !o.hasNonNull("userId") || !o.hasNonNull("category")) {
            throw new IOException("a line of the rows file is not a report row");
        }
        try {
            return new ReportRow(o.path("userId").asText(), o.path("username").asText(""), o.path("email").asText(""),
                    o.path("phone").asText(""), o.path("phoneCountryCode").asText(""), o.path("status").asText(""),
                    o.hasNonNull("lastLogin") ? Optional.of(Instant.parse(o.get("lastLogin").asText()))
                            : Optional.empty(),
                    bool(o, "sms"), bool(o, "emailMfa"), bool(o, "otp"), bool(o, "face"),
                    Category.parse(o.path("category").asText()), o.path("reason").asText(""));
        } catch (RuntimeException e) {
            throw new IOException("a line of the rows file holds a value that is not valid: " + e.getMessage());
        }
    }

    private static Boolean bool(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asBoolean();
    }
}
