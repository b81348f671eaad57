package mfainspector.demo;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import mfainspector.genauth.Secret;
import mfainspector.json.Json;

/**
 * Management calls signed with the user pool secret instead of a token, as the official Node SDK
 * 4 ({@code authing-node-sdk}, {@code src/utils/buildSignature.ts} and
 * {@code src/ManagementHttpClient.ts}) makes them:
 * <pre>
 * authorization: authing &lt;userPoolId&gt;:base64(HMAC-SHA1(secret, stringToSign))
 * stringToSign = METHOD "\n"
 *              + for each header named x-authing-* or date, sorted by name: name ":" value "\n"
 *              + path [ "?" sorted "key=value" pairs joined by "&amp;" ]
 * </pre>
 * The pairs are the query parameters of a GET, decoded; for any other method the top-level fields
 * of the JSON body, a string as its text, anything else as its JSON (the body's own bytes, which
 * are what the SDK's {@code JSON.stringify} produced). Header values have tabs and line breaks
 * turned into spaces and are trimmed. The SDK also sends {@code date} (when it signed) and
 * {@code x-authing-signature-nonce} (random): a request dated more than {@link #MAX_SKEW} away,
 * or whose nonce was already used, is refused, so a captured request cannot be replayed.
 */
final class DemoSignature {

    /** How far {@code date} may be from the tenant's clock, either way. */
    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    /** The apiCode of a refused signature: GenAuth's 1300-1306 are its signature codes. */
    static final int BAD_SIGNATURE = 1300;

    private static final String SCHEME = "authing ";
    private static final String ALGORITHM = "HMAC-SHA1";

    private final String userPoolId;
    private final Secret userPoolSecret;
    private final Clock clock;
    /** Nonces seen within the last {@link #MAX_SKEW} (and the date they came with). */
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();

    DemoSignature(String userPoolId, Secret userPoolSecret, Clock clock) {
        this.userPoolId = userPoolId;
        this.userPoolSecret = userPoolSecret;
        this.clock = clock;
    }

    /** True when the call is signed ({@code authorization: authing ...}) rather than carrying a token. */
    static boolean isSigned(DemoRequest req) {
        return req.header("authorization").map(v -> v.regionMatches(true, 0, SCHEME, 0, SCHEME.length()))
                .orElse(false);
    }

    /** Accepts a correctly signed, fresh, first-seen call for this user pool; refuses anything else. */
    void verify(DemoRequest req) {
        String credential = req.header("authorization").orElse("").substring(SCHEME.length()).strip();
        int colon = credential.lastIndexOf(':');
        if (colon <= 0 || colon == credential.length() - 1) {
            throw refused(DemoMessage.SIGNATURE_MALFORMED);
        }
        String accessKeyId = credential.substring(0, colon);
        String signature = credential.substring(colon + 1);
        boolean otherPoolHeader = req.header("x-authing-userpool-id", "x-genauth-userpool-id")
                .map(id -> !id.equals(accessKeyId)).orElse(false);
        if (!accessKeyId.equals(userPoolId) || otherPoolHeader) {
            throw new DemoFailure(400, ManagementHandlers.USER_POOL_NOT_FOUND, DemoMessage.USER_POOL_NOT_FOUND);
        }
        if (!req.header("x-authing-signature-method").map(ALGORITHM::equalsIgnoreCase).orElse(true)) {
            throw refused(DemoMessage.SIGNATURE_METHOD);
        }
        Instant now = clock.instant();
        Instant date = req.header("date").flatMap(DemoSignature::parseDate)
                .filter(d -> Duration.between(d, now).abs().compareTo(MAX_SKEW) <= 0)
                .orElseThrow(() -> refused(DemoMessage.SIGNATURE_STALE));
        String nonce = req.header("x-authing-signature-nonce").orElseThrow(() -> refused(DemoMessage.SIGNATURE_MALFORMED));

        Map<String, String> params = "GET".equals(req.method()) ? queryParams(req.rawQuery())
                : bodyParams(req.rawBody());
        String stringToSign = stringToSign(req.method(), req.path(), req.headers(), params);
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw refused(DemoMessage.SIGNATURE_MISMATCH);
        }
        if (!MessageDigest.isEqual(given, sign(userPoolSecret, stringToSign))) {
            throw refused(DemoMessage.SIGNATURE_MISMATCH);
        }
        nonces.values().removeIf(seen -> Duration.between(seen, now).abs().compareTo(MAX_SKEW) > 0);
        if (nonces.putIfAbsent(nonce, date) != null) {
            throw refused(DemoMessage.SIGNATURE_REPLAYED);
        }
    }

    /**
     * The string the Node SDK signs. {@code headers}: every header of the call, names in lower
     * case; only {@code x-authing-*} and {@code date} count. {@code params}: see the class comment.
     */
    static String stringToSign(String method, String path, Map<String, String> headers, Map<String, String> params) {
        StringBuilder s = new StringBuilder(method).append('\n');
        new TreeMap<>(headers).forEach((name, value) -> {
            if (name.startsWith("x-authing-") || name.equals("date")) {
                s.append(name).append(':').append(value.replaceAll("[\t\n\r\f]", " ").strip()).append('\n');
            }
        });
        s.append(path);
        if (!params.isEmpty()) {
            StringBuilder pairs = new StringBuilder();
            new TreeMap<>(params).forEach((k, v) -> pairs.append(pairs.length() == 0 ? "" : "&").append(k).append('=')
                    .append(v));
            s.append('?').append(pairs);
        }
        return s.toString();
    }

    static byte[] sign(Secret secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /** The decoded query parameters in the order sent (the first of a repeated name). */
    static Map<String, String> queryParams(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value);
        }
        return out;
    }

    /**
     * The top-level fields of a JSON object body: a string as its text, anything else as the
     * body's own JSON text of it. Empty for an empty body; a body that is not a JSON object
     * cannot match any signature and counts as empty too.
     */
    static Map<String, String> bodyParams(byte[] raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw.length == 0) {
            return out;
        }
        try (JsonParser p = Json.parser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String text;
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                    int end = (int) p.currentLocation().getByteOffset();
                    text = new String(raw, start, end - start, StandardCharsets.UTF_8);
                } else {
                    text = p.getText();
                }
                out.putIfAbsent(name, text);
            }
        } catch (IOException e) {
            out.clear();
        }
        return out;
    }

    /** {@code date} as the Node SDK sends it (RFC 1123, {@code toUTCString()}) or as epoch milliseconds. */
    static Optional<Instant> parseDate(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{10,16}")) {
                return Optional.of(Instant.ofEpochMilli(Long.parseLong(v)));
            }
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static DemoFailure refused(DemoMessage message) {
        return new DemoFailure(400, BAD_SIGNATURE, message);
    }
}
