package mfainspector.genauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateExpiredException;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The I/O failures that cannot be produced on loopback alone (a DNS miss would query a resolver
 * elsewhere; no route needs a real network) mapped from the exceptions the JDK throws for them.
 */
class TransportFailureTest {

    private static final HttpUrl URL = HttpUrl.get("https://tenant.example.com/api/v3/list-enrolled-factors");

    @Test
    void unresolvableNameIsNetworkUnreachableAndSaysSo() {
        GenAuthException e = Transport.failure(URL, new UnknownHostException("tenant.example.com"));
        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
        assertThat(e.getMessage()).contains("could not be resolved", "https://tenant.example.com");
    }

    @Test
    void noRouteIsNetworkUnreachable() {
        assertThat(Transport.failure(URL, new NoRouteToHostException("no route")).category())
                .isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
    }

    @Test
    void certificateProblemDeepInTheCauseChainIsATlsFailure() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new CertificateExpiredException("expired"));
        assertThat(Transport.failure(URL, handshake).category()).isEqualTo(ErrorCategory.TLS_FAILURE);
        assertThat(Transport.failure(URL, new IOException("wrapped", new CertificateExpiredException("expired"))).category())
                .isEqualTo(ErrorCategory.TLS_FAILURE);
    }

    @Test
    void timeoutsOfConnectReadOrTheWholeCallAreTimeouts() {
        assertThat(Transport.failure(URL, new SocketTimeoutException("connect timed out")).category())
                .isEqualTo(ErrorCategory.TIMEOUT);
        assertThat(Transport.failure(URL, new InterruptedIOException("timeout")).category())
                .isEqualTo(ErrorCategory.TIMEOUT);
    }

    @Test
    void aConnectionThatBrokeOffIsNetworkUnreachableWithTheCauseKept() {
        IOException eof = new IOException("unexpected end of stream");
        GenAuthException e = Transport.failure(URL, eof);
        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
        assertThat(e.getCause()).isSameAs(eof);
    }
}
