package mfainspector.genauth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import mfainspector.json.Json;

/**
 * Reads the answer of {@code GET /api/v3/get-otp-secret-by-user} ({@code data{secret}}, the SDK's
 * {@code GetOtpSecretRespDto} and {@code OtpSecretRespDto}) token by token, so that the secret goes
 * from the body's bytes straight into a char array and never becomes a {@code String}: the
 * parser's own copy of the token is wiped once taken, and the body's bytes are wiped by the caller
 * ({@link ManagementClient}). The envelope's other fields are read as {@link Envelope} reads
 * them, in any order; a failure becomes the same {@link GenAuthException}.
 */
final class OtpSecretAnswer {

    /** The secret (empty when the server sent none) and the answer's request id ("" when none). */
    record Read(OtpSecret secret, String requestId) {
    }

    private OtpSecretAnswer() {
    }

    /** The answer in {@code reply}; the body's bytes are wiped before this returns or throws. */
    static Read read(HttpReply reply, Envelope.ErrorMapping mapping) throws GenAuthException {
        try {
            return parse(reply, mapping);
        } finally {
            Arrays.fill(reply.body(), (byte) 0);
        }
    }

    private static Read parse(HttpReply reply, Envelope.ErrorMapping mapping) throws GenAuthException {
        if (reply.body().length == 0) {
            throw Envelope.unreadable(reply, mapping, "an empty body");
        }
        Fields f = new Fields();
        try (JsonParser p = Json.parser(reply.body())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw Envelope.unreadable(reply, mapping, "JSON that is not an object");
            }
            f.readEnvelope(p, reply);
        } catch (JacksonException e) {
            f.wipe();
            throw Envelope.unreadable(reply, mapping, Envelope.notJson(reply));
        } catch (IOException e) {
            f.wipe();
            throw Envelope.unreadable(reply, mapping, "an unreadable body");
        } catch (GenAuthException | RuntimeException e) {
            f.wipe();
            throw e;
        }
        boolean httpOk = reply.httpStatus() >= 200 && reply.httpStatus() < 300;
        if (httpOk && f.statusCode != null && f.statusCode == 200) {
            if (f.dataNotObject) {
                throw Envelope.malformed(reply, "the OTP secret answer's data is not an object");
            }
            return new Read(f.secret == null ? OtpSecret.empty() : OtpSecret.adopt(f.secret), f.requestId);
        }
        f.wipe();
        if (f.statusCode == null && httpOk) {
            throw Envelope.noStatusCode(reply);
        }
        throw Envelope.failed(reply, mapping, f.statusCode, f.apiCode, f.message != null ? f.message
                : f.errorDescription, f.requestId.isEmpty() ? null : f.requestId);
    }

    /** The envelope's fields as they come; the secret's characters stripped of surrounding spaces. */
    private static final class Fields {
        Integer statusCode;
        Integer apiCode;
        String message;
        String errorDescription;
        String requestId = "";
        char[] secret;
        boolean dataNotObject;

        void readEnvelope(JsonParser p, HttpReply reply) throws IOException, GenAuthException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "statusCode" -> statusCode = integer(p, value);
                    case "apiCode" -> apiCode = integer(p, value);
                    case "message" -> message = text(p, value);
                    case "error_description" -> errorDescription = text(p, value);
                    case "requestId" -> {
                        String id = text(p, value);
                        requestId = id == null ? "" : id;
                    }
                    case "data" -> readData(p, value, reply);
                    default -> p.skipChildren();
                }
            }
        }

        private void readData(JsonParser p, JsonToken value, HttpReply reply) throws IOException, GenAuthException {
            wipe();
            dataNotObject = false;
            if (value == JsonToken.VALUE_NULL) {
                return;
            }
            if (value != JsonToken.START_OBJECT) {
                dataNotObject = true;
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("secret".equals(name) && v == JsonToken.VALUE_STRING) {
                    wipe();
                    secret = take(p);
                } else if ("secret".equals(name) && v != JsonToken.VALUE_NULL) {
                    p.skipChildren();
                    throw Envelope.malformed(reply, "the OTP secret answer's secret is not text");
                } else {
                    p.skipChildren();
                }
            }
        }

        /** The current string token's characters, stripped, copied; the parser's copy wiped. */
        private static char[] take(JsonParser p) throws IOException {
            char[] buffer = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            try {
                int from = offset;
                int to = offset + length;
                while (from < to && Character.isWhitespace(buffer[from])) {
                    from++;
                }
                while (to > from && Character.isWhitespace(buffer[to - 1])) {
                    to--;
                }
                return Arrays.copyOfRange(buffer, from, to);
            } finally {
                Arrays.fill(buffer, offset, offset + length, '\0');
            }
        }

        void wipe() {
            if (secret != null) {
                Arrays.fill(secret, '\0');
                secret = null;
            }
        }

        private static Integer integer(JsonParser p, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NUMBER_INT) {
                return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : null;
            }
            if (value == JsonToken.VALUE_STRING) {
                try {
                    return Integer.valueOf(p.getText().strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            p.skipChildren();
            return null;
        }

        private static String text(JsonParser p, JsonToken value) throws IOException {
            if (value != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                String t = p.getText();
                return t == null || t.isBlank() ? null : t.strip();
            }
            p.skipChildren();
            return null;
        }
    }
}
