package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.APP_ID;
import static mfainspector.genauth.ApiFixtures.APP_SECRET;
import static mfainspector.genauth.ApiFixtures.TOKEN;
import static mfainspector.genauth.ApiFixtures.failure;
import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mfainspector.factor.Factor;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS over real loopback sockets: the client trusts the runtime's CAs and the OS store's, and
 * refuses every other certificate with a message that says what to do, before anything is sent.
 */
class TlsTrustTest {

    private static final long DAY = Duration.ofDays(1).toMillis();

    /** A CA of our own, standing for a corporate one that only the OS store knows. */
    private static final HeldCertificate CA = new HeldCertificate.Builder()
            .commonName("Example Corp Inspection CA").certificateAuthority(0).build();

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @Test
    void certificateSignedByACaOnlyInTheOsBundleIsTrusted() throws Exception {
        serve(leaf("127.0.0.1").build());

        List<Factor> factors = client(linux(osBundle())).listEnrolledFactors(httpsApp(), TOKEN, CancelSignal.none());

        assertThat(factors).isEmpty();
        assertThat(server.takeRequest().getHeaders().get("authorization")).isEqualTo("Bearer " + TOKEN.reveal());
    }

    @Test
    void sameCertificateIsRefusedWhenTheOsBundleIsMissing() throws Exception {
        serve(leaf("127.0.0.1").build());

        GenAuthException e = failure(() -> client(linux(dir.resolve("missing.pem")))
                .listEnrolledFactors(httpsApp(), TOKEN, CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.TLS_FAILURE);
        assertThat(e.getMessage()).contains("not trusted by this computer");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void extraBundleNamedByTheAdminIsTrustedToo() throws Exception {
        serve(leaf("127.0.0.1").build());
        TrustStores.Sources sources = new TrustStores.Sources("Linux", List.of(dir.resolve("missing.pem")),
                Optional.of(osBundle()));

        assertThat(client(sources).listEnrolledFactors(httpsApp(), TOKEN, CancelSignal.none())).isEmpty();
    }

    @Test
    void extraBundleIsReadFromTheSystemPropertyElseTheEnvironment() {
        Map<String, String> env = Map.of(TrustStores.EXTRA_CA_ENV, " /etc/corp/ca.pem ");
        assertThat(TrustStores.Sources.system(env).extraBundle()).contains(Path.of("/etc/corp/ca.pem"));
        assertThat(TrustStores.Sources.system(Map.of()).extraBundle()).isEmpty();

        System.setProperty(TrustStores.EXTRA_CA_PROPERTY, "/opt/ca.pem");
        try {
            assertThat(TrustStores.Sources.system(env).extraBundle()).contains(Path.of("/opt/ca.pem"));
        } finally {
            System.clearProperty(TrustStores.EXTRA_CA_PROPERTY);
        }
    }

    @Test
    void selfSignedCertificateIsRefusedWithWhatToDoAndNothingIsSent() {
        serve(new HeldCertificate.Builder().commonName("self-signed").addSubjectAlternativeName("127.0.0.1").build());

        GenAuthException e = failure(() -> GenAuthClient.builder().maxAttempts(1).build()
                .signIn(httpsApp(), AccountType.ACCOUNT, "alice", ApiFixtures.PASSWORD, CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.TLS_FAILURE);
        assertThat(e.getMessage()).contains("certificate of https://127.0.0.1:" + server.getPort()
                + " is not trusted by this computer", "TLS-inspecting proxy", "system's certificate store",
                TrustStores.EXTRA_CA_ENV);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void certificateForAnotherHostNameIsRefused() throws Exception {
        serve(leaf("tenant.example.com").build());

        GenAuthException e = failure(() -> client(linux(osBundle())).listEnrolledFactors(httpsApp(), TOKEN,
                CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.TLS_FAILURE);
        assertThat(e.getMessage()).contains("issued for another name");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void expiredCertificateIsRefusedAndTheClockIsNamed() throws Exception {
        long now = System.currentTimeMillis();
        serve(leaf("127.0.0.1").validityInterval(now - 30 * DAY, now - DAY).build());

        GenAuthException e = failure(() -> client(linux(osBundle())).listEnrolledFactors(httpsApp(), TOKEN,
                CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.TLS_FAILURE);
        assertThat(e.getMessage()).contains("has expired or is not valid yet", "date and time");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void compositeOffersTheIssuersOfEveryStore() throws Exception {
        CompositeTrustManager withOs = TrustStores.load(linux(osBundle()));
        CompositeTrustManager runtimeOnly = TrustStores.load(linux(dir.resolve("missing.pem")));

        assertThat(withOs.getAcceptedIssuers()).contains(CA.certificate());
        assertThat(runtimeOnly.getAcceptedIssuers()).doesNotContain(CA.certificate()).isNotEmpty();
        assertThat(withOs.getAcceptedIssuers()).hasSize(runtimeOnly.getAcceptedIssuers().length + 2);
    }

    private HeldCertificate.Builder leaf(String name) {
        return new HeldCertificate.Builder().commonName(name).addSubjectAlternativeName(name).signedBy(CA);
    }

    private void serve(HeldCertificate certificate) {
        boolean selfSigned = certificate.certificate().getIssuerX500Principal()
                .equals(certificate.certificate().getSubjectX500Principal());
        HandshakeCertificates.Builder handshake = new HandshakeCertificates.Builder();
        if (selfSigned) {
            handshake.heldCertificate(certificate);
        } else {
            handshake.heldCertificate(certificate, CA.certificate());
        }
        server.useHttps(handshake.build().sslSocketFactory());
        server.enqueue(ok("[]"));
    }

    /** A PEM bundle like the OS's, with comments between the certificates as some distributions write. */
    private Path osBundle() throws IOException {
        HeldCertificate other = new HeldCertificate.Builder().commonName("Other Root").certificateAuthority(0).build();
        String pem = "# Other Root\n" + other.certificatePem() + "\n# Example Corp\n" + CA.certificatePem();
        return Files.writeString(dir.resolve("ca-certificates.crt"), pem, StandardCharsets.US_ASCII);
    }

    private static TrustStores.Sources linux(Path bundle) {
        return new TrustStores.Sources("Linux", List.of(bundle), Optional.empty());
    }

    private static GenAuthClient client(TrustStores.Sources sources) {
        NetworkSetup setup = new NetworkSetup(TrustStores.load(sources), ProxyRoutes.from(Map.of(), null));
        return GenAuthClient.builder().maxAttempts(1).network(setup).build();
    }

    private AppConnection httpsApp() {
        return new AppConnection(HostAddress.parse("https://127.0.0.1:" + server.getPort()), APP_ID, APP_SECRET,
                TokenAuthMethod.CLIENT_SECRET_POST, Lang.EN_US);
    }
}
