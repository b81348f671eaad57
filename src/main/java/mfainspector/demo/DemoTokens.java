package mfainspector.demo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mfainspector.json.Json;

/**
 * JWTs signed with HS256 and a key made when the tenant starts, so tokens die with the server.
 * Access tokens carry {@code typ: at+jwt} (RFC 9068), so an id token is not taken for one.
 */
final class DemoTokens {

    private static final String ACCESS_TYPE = "at+jwt";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String issuer;
    private final Duration lifetime;

    DemoTokens(String issuer, Duration lifetime) {
        this.key = new SecretKeySpec(randomBytes(32), "HmacSHA256");
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    /** Lifetime in whole seconds as {@code expire_in} reports it. */
    long lifetimeSeconds() {
        return Math.max(1, (lifetime.toMillis() + 999) / 1000);
    }

    /** The sign-in answer: access, id and refresh token. */
    ObjectNode signIn(DemoUser user, DemoApp app, String scope) {
        ObjectNode access = claims(user.userId(), app.appId());
        access.put("scope", scope);
        ObjectNode id = claims(user.userId(), app.appId());
        id.put("name", user.name());
        id.put("email", user.email());
        id.put("phone_number", user.phoneCountryCode() + user.phone());
        id.put("preferred_username", user.username());

        ObjectNode data = Json.object();
        data.put("access_token", sign(ACCESS_TYPE, access));
        data.put("id_token", sign("JWT", id));
        data.put("refresh_token", randomHex(32));
        data.put("token_type", "Bearer");
        data.put("scope", scope);
        data.put("expire_in", lifetimeSeconds());
        return data;
    }

    /**
     * A management token. Like GenAuth's, it names its user pool in {@code scoped_userpool_id}:
     * the official Java SDK reads that claim to fill the {@code x-authing-userpool-id} header of
     * every later call ({@code ManagementClientOptions.ManagementTokenProvider}).
     */
    String managementToken(String userPoolId) {
        ObjectNode claims = claims(userPoolId, userPoolId);
        claims.put("scoped_userpool_id", userPoolId);
        claims.put("scope", "management");
        return sign(ACCESS_TYPE, claims);
    }

    /**
     * The subject of an access token signed here, meant for {@code audience} and not expired;
     * empty for anything else (garbage, another key, another audience, an id token, expired).
     */
    Optional<String> verify(String token, String audience) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] expected = mac((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode header = Json.read(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = Json.read(Base64.getUrlDecoder().decode(parts[1]));
            boolean valid = "HS256".equals(header.path("alg").asText())
                    && ACCESS_TYPE.equals(header.path("typ").asText())
                    && audience.equals(claims.path("aud").asText())
                    && Instant.now().toEpochMilli() < claims.path("exp").asLong(0) * 1000;
            return valid ? Optional.of(claims.path("sub").asText()) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private ObjectNode claims(String subject, String audience) {
        long now = Instant.now().toEpochMilli();
        ObjectNode claims = Json.object();
        claims.put("sub", subject);
        claims.put("aud", audience);
        claims.put("iss", issuer);
        claims.put("iat", now / 1000);
        // Rounded up: a token lives at least the configured lifetime.
        claims.put("exp", (now + lifetime.toMillis() + 999) / 1000);
        claims.put("jti", randomHex(8));
        return claims;
    }

    private String sign(String type, ObjectNode claims) {
        ObjectNode header = Json.object().put("alg", "HS256").put("typ", type);
        String input = encode(header) + "." + encode(claims);
        return input + "." + B64.encodeToString(mac(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private String encode(ObjectNode node) {
        return B64.encodeToString(Json.write(node));
    }

    private byte[] mac(byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String randomHex(int bytes) {
        return HexFormat.of().formatHex(randomBytes(bytes));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
