package mfainspector.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mfainspector.genauth.TokenAuthMethod;

/**
 * Plain HTTP calls to a demo tenant over loopback, as any client would make them. The JDK's
 * {@code HttpURLConnection} keeps the test free of the module graph ({@code java.net.http} is
 * not read by the app's module) and of the app's own HTTP stack.
 */
final class TenantCalls {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: the HTTP status and the envelope. */
    record Reply(int httpStatus, JsonNode body) {
        int statusCode() {
            return body.path("statusCode").asInt();
        }

        int apiCode() {
            return body.path("apiCode").asInt();
        }

        String message() {
            return body.path("message").asText();
        }

        JsonNode data() {
            return body.path("data");
        }
    }

    private final DemoTenant tenant;

    TenantCalls(DemoTenant tenant) {
        this.tenant = tenant;
    }

    Reply get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, null, headers);
    }

    Reply post(String path, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.valueToTree(body).toString();
        return send("POST", path, text.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A sign-in that authenticates the client the way {@code app} expects. */
    Reply signIn(DemoApp app, String accountKey, String account, String password, String... extraHeaders) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("connection", "PASSWORD");
        body.put("passwordPayload", Map.of(accountKey, account, "password", password));
        body.put("options", Map.of("passwordEncryptType", "none", "scope", "openid profile offline_access"));
        List<String> headers = new ArrayList<>(List.of("x-authing-app-id", app.appId()));
        if (app.method() == TokenAuthMethod.CLIENT_SECRET_POST) {
            body.put("client_id", app.appId());
            body.put("client_secret", app.appSecret().reveal());
        } else if (app.method() == TokenAuthMethod.CLIENT_SECRET_BASIC) {
            headers.addAll(List.of("authorization", basic(app.appId(), app.appSecret().reveal())));
        }
        headers.addAll(List.of(extraHeaders));
        return post("/api/v3/signin", body, headers.toArray(String[]::new));
    }

    /** The access token of a user who signs in without trouble. */
    String accessToken(DemoApp app, String username) {
        Reply reply = signIn(app, "account", username, DemoTenant.DEMO_PASSWORD);
        if (reply.statusCode() != 200) {
            throw new AssertionError("Sign-in of " + username + " failed: " + reply.body());
        }
        return reply.data().path("access_token").asText();
    }

    String managementToken() {
        Reply reply = post("/api/v3/get-management-token",
                Map.of("accessKeyId", tenant.userPoolId(), "accessKeySecret", tenant.userPoolSecret().reveal()));
        if (reply.statusCode() != 200) {
            throw new AssertionError("No management token: " + reply.body());
        }
        return reply.data().path("access_token").asText();
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** The claims of a JWT, read without checking its signature. */
    static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private Reply send(String method, String pathAndQuery, byte[] body, String... headers) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(tenant.baseUrl() + pathAndQuery).toURL()
                    .openConnection(Proxy.NO_PROXY);
            c.setRequestMethod(method);
            c.setConnectTimeout(5_000);
            c.setReadTimeout(10_000);
            for (int i = 0; i < headers.length; i += 2) {
                c.setRequestProperty(headers[i], headers[i + 1]);
            }
            if (body != null) {
                c.setRequestProperty("content-type", "application/json");
                c.setDoOutput(true);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                return new Reply(status, JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
