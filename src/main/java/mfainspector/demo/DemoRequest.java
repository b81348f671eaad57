package mfainspector.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import mfainspector.json.Json;

/** What a handler reads from one call: headers, query parameters, the JSON body, the language. */
final class DemoRequest {

    private static final int MAX_BODY = 64 * 1024;

    private final HttpExchange exchange;
    private final byte[] rawBody;
    private final JsonNode body;
    private final Map<String, String> query;

    private DemoRequest(HttpExchange exchange, byte[] rawBody, JsonNode body) {
        this.exchange = exchange;
        this.rawBody = rawBody;
        this.body = body;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    /** Reads the whole body now, so a handler never touches the socket. */
    static DemoRequest read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY);
            JsonNode body = MissingNode.getInstance();
            if (bytes.length > 0) {
                try {
                    body = Json.read(bytes);
                } catch (JsonProcessingException e) {
                    body = null;
                }
            }
            return new DemoRequest(exchange, bytes, body);
        }
    }

    /** {@code GET}, {@code POST}, ... */
    String method() {
        return exchange.getRequestMethod();
    }

    /** The path without the query, as sent. */
    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** The query as sent (still URL-encoded); empty when there is none. */
    String rawQuery() {
        return Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "");
    }

    /** The body exactly as sent. */
    byte[] rawBody() {
        return rawBody.clone();
    }

    /** Every header with its first value, names in lower case. */
    Map<String, String> headers() {
        Map<String, String> out = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return out;
    }

    /** The first non-blank value among the given headers. */
    Optional<String> header(String... names) {
        for (String name : names) {
            String v = exchange.getRequestHeaders().getFirst(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    /** English when the caller asks for it, else Chinese: GenAuth's default is zh-CN. */
    boolean english() {
        return header("x-authing-lang", "x-genauth-lang")
                .map(v -> v.toLowerCase(Locale.ROOT).startsWith("en"))
                .orElse(false);
    }

    Optional<String> appId() {
        return header("x-authing-app-id", "x-genauth-app-id");
    }

    /** The token of {@code authorization}, bare or after {@code Bearer }. */
    Optional<String> bearerToken() {
        return header("authorization").map(v -> v.regionMatches(true, 0, "Bearer ", 0, 7) ? v.substring(7).strip() : v)
                .filter(v -> !v.isEmpty());
    }

    /** {@code id:secret} of an {@code authorization: Basic} header; empty when there is none. */
    Optional<String[]> basicCredentials() {
        Optional<String> auth = header("authorization").filter(v -> v.regionMatches(true, 0, "Basic ", 0, 6));
        if (auth.isEmpty()) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(auth.get().substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return Optional.of(colon < 0 ? new String[] {pair, ""}
                    : new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.of(new String[] {"", ""});
        }
    }

    /** The JSON body; an absent body reads as a missing node, a malformed one is refused. */
    JsonNode body() {
        if (body == null) {
            throw DemoFailure.badRequest(DemoMessage.BAD_JSON);
        }
        return body;
    }

    /** A text field of the body ("" when absent). */
    String bodyText(String... path) {
        JsonNode node = body();
        for (String key : path) {
            node = node.path(key);
        }
        return node.isValueNode() ? node.asText("").strip() : "";
    }

    Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isBlank());
    }

    String requiredQuery(String name) {
        return query(name).orElseThrow(() -> DemoFailure.badRequest(DemoMessage.MISSING_PARAMETER, name));
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value.strip());
        }
        return out;
    }
}
