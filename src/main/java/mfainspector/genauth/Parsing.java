package mfainspector.genauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.json.Json;

/**
 * Reads the {@code data} of each call, tolerant where the API is inconsistent: a list may come
 * as a single object, an unknown factor type is kept by name, a profile is an open map.
 */
final class Parsing {

    private Parsing() {
    }

    /** Sign-in or management token {@code data}: the tokens, with the lifetime from {@code expire_in}, {@code expires_in} or the JWT. */
    static Tokens tokens(HttpReply reply, JsonNode data, Instant now) throws GenAuthException {
        if (data == null || !data.isObject()) {
            throw Envelope.malformed(reply, "the token answer has no data object");
        }
        String access = Envelope.text(data, "access_token");
        if (access == null) {
            throw Envelope.malformed(reply, "the token answer has no access_token");
        }
        Secret accessToken = Secret.of(access);
        Integer lifetime = Envelope.integer(data.has("expire_in") ? data.get("expire_in") : data.get("expires_in"));
        Optional<Instant> expiresAt = lifetime != null
                ? Optional.of(now.plusSeconds(lifetime))
                : JwtClaims.decode(accessToken).flatMap(JwtClaims::expiresAt);
        return new Tokens(accessToken, Secret.of(Envelope.text(data, "id_token")),
                Secret.of(Envelope.text(data, "refresh_token")), expiresAt);
    }

    /** list-enrolled-factors {@code data}: {@code FactorDto[]} or a single {@code FactorDto}. */
    static List<Factor> factors(HttpReply reply, JsonNode data) throws GenAuthException {
        List<Factor> factors = new ArrayList<>();
        for (JsonNode item : items(reply, data)) {
            if (!item.isObject() || !item.hasNonNull("factorType")) {
                throw Envelope.malformed(reply, "a factor in the answer has no factorType");
            }
            factors.add(new Factor(Envelope.text(item, "factorId"), FactorType.of(item.get("factorType").asText()),
                    profile(item.get("profile"))));
        }
        return factors;
    }

    /** list-factors-to-enroll {@code data}: {@code [{factorType}]}, also plain strings or a single object. */
    static List<FactorType> factorTypes(HttpReply reply, JsonNode data) throws GenAuthException {
        List<FactorType> types = new ArrayList<>();
        for (JsonNode item : items(reply, data)) {
            JsonNode type = item.isObject() ? item.get("factorType") : item;
            if (type == null || !type.isTextual()) {
                throw Envelope.malformed(reply, "a factor type in the answer is neither a name nor {factorType}");
            }
            types.add(FactorType.of(type.asText()));
        }
        return types;
    }

    private static List<JsonNode> items(HttpReply reply, JsonNode data) throws GenAuthException {
        if (data == null || data.isNull()) {
            throw Envelope.malformed(reply, "the answer has no data");
        }
        List<JsonNode> items = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(items::add);
        } else {
            items.add(data);
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> openMap(JsonNode object) {
        return (Map<String, Object>) Json.toJava(object);
    }

    /** The profile as sent; a missing or non-object profile is empty rather than an error. */
    private static Map<String, Object> profile(JsonNode profile) {
        return profile != null && profile.isObject() ? openMap(profile) : Map.of();
    }
}
