package mfainspector.genauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import mfainspector.json.Json;

/**
 * The claims of a JWT access or id token, read for display only: the signature is not checked,
 * so nothing here may decide access. Personal data stays out of {@link #toString()}.
 */
public record JwtClaims(Optional<String> subject, Optional<String> name, Optional<String> email,
                        Optional<String> phoneNumber, Optional<String> preferredUsername, Optional<Instant> expiresAt) {

    /** The payload of a three-part token; empty for anything else (an opaque token is still usable). */
    public static Optional<JwtClaims> decode(Secret token) {
        String[] parts = token == null ? new String[0] : token.reveal().split("\\.", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode payload = Json.read(Base64.getUrlDecoder().decode(parts[1]));
            if (payload == null || !payload.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new JwtClaims(text(payload, "sub"), text(payload, "name"), text(payload, "email"),
                    text(payload, "phone_number"), text(payload, "preferred_username"), epochSeconds(payload, "exp")));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(Envelope.text(node, field));
    }

    private static Optional<Instant> epochSeconds(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() ? Optional.of(Instant.ofEpochSecond(v.asLong())) : Optional.empty();
    }

    @Override
    public String toString() {
        return "JwtClaims[subject " + (subject.isPresent() ? "present" : "absent")
                + ", expiresAt=" + expiresAt.map(Instant::toString).orElse("?") + "]";
    }
}
