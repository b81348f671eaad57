package mfainspector.genauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.Request;
import mfainspector.json.Json;

/**
 * The management token of one set of credentials: fetched on first use, kept in memory only,
 * renewed shortly before it expires and once when the server refuses it. Thread-safe: concurrent
 * calls share one fetch (they wait for it rather than each asking for a token).
 */
final class ManagementSession {

    /** Renew this long before expiry at most; a short-lived token renews at 90 % of its lifetime. */
    private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

    private final ManagementCredentials credentials;
    private final Transport transport;
    private final Clock clock;

    private Secret token;
    /** When to fetch a new token; null when the lifetime is unknown (then only a refusal renews it). */
    private Instant renewAt;

    ManagementSession(ManagementCredentials credentials, Transport transport, Clock clock) {
        this.credentials = credentials;
        this.transport = transport;
        this.clock = clock;
    }

    /** A token valid for a while yet, fetched if there is none or it is about to expire. */
    synchronized Secret token(CancelSignal cancel) throws GenAuthException {
        if (token == null || (renewAt != null && !clock.instant().isBefore(renewAt))) {
            fetch(cancel);
        }
        return token;
    }

    /** A new token after the server refused {@code refused}, unless another call has renewed it already. */
    synchronized Secret renew(Secret refused, CancelSignal cancel) throws GenAuthException {
        if (token == null || token.equals(refused)) {
            fetch(cancel);
        }
        return token;
    }

    private void fetch(CancelSignal cancel) throws GenAuthException {
        token = null;
        renewAt = null;
        ObjectNode body = Json.object()
                .put("accessKeyId", credentials.userPoolId())
                .put("accessKeySecret", credentials.userPoolSecret().reveal());
        Request request = ManagementClient.request(credentials, HttpUrl.get(credentials.host().baseUrl()
                + "/api/v3/get-management-token")).post(GenAuthClient.jsonBody(body)).build();
        Instant now = clock.instant();
        HttpReply reply = transport.execute(request, cancel);
        Tokens fetched = Parsing.tokens(reply, Envelope.data(reply, ManagementErrors::tokenCall), now);
        token = fetched.accessToken();
        renewAt = fetched.expiresAt().map(expiry -> expiry.minus(margin(Duration.between(now, expiry)))).orElse(null);
    }

    private static Duration margin(Duration lifetime) {
        Duration tenth = lifetime.dividedBy(10);
        return tenth.compareTo(MAX_MARGIN) < 0 ? tenth : MAX_MARGIN;
    }
}
