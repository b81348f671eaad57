package mfainspector.ui.hardening;

import static mfainspector.testing.ServerFault.nothingToEnroll;
import static mfainspector.testing.ServerFault.oneSmsFactor;
import static mfainspector.testing.ServerFault.signedIn;
import static mfainspector.testing.RoutedAnswers.ENROLLED;
import static mfainspector.testing.RoutedAnswers.SIGN_IN;
import static mfainspector.testing.RoutedAnswers.TO_ENROLL;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import mfainspector.genauth.ErrorCategory;
import mfainspector.testing.ServerFault;
import mfainspector.testing.SilentServer;
import mfainspector.ui.signin.SignInViewModel.State;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every network and server fault, as the window shows it: what happened, what to do, and a window that still works. */
class WindowServerFaultsUiTest extends FaultWindowBase {

    private void healthy() {
        answers.healthy();
    }

    private void assertBanner(String expected, boolean retryOffered) {
        assertThat(vm().stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(visible("errorBanner")).isTrue();
        assertThat(bannerText()).isEqualTo(expected);
        assertThat(visible("bannerRetry")).as("Retry offered").isEqualTo(retryOffered);
        assertThat(vm().passwordProperty().get()).as("password cleared").isEmpty();
        assertThat(vm().accountProperty().get()).as("account kept").isEqualTo("alice");
    }

    private String sentence(ErrorCategory c) {
        return window.context().i18n().get("error." + c.name());
    }

    @ParameterizedTest
    @EnumSource(value = ServerFault.class, names = "RATE_LIMITED_WITH_RETRY_AFTER", mode = EnumSource.Mode.EXCLUDE)
    void eachFaultyAnswerShowsWhatHappenedAndWhatToDoAndTheWindowStaysUsable(ServerFault fault) throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, fault.response());
        signIn("alice", PASSWORD);
        settled();
        assertThat(vm().errorProperty().get().category()).isEqualTo(fault.category());
        assertBanner(sentence(fault.category()), fault.retryable());
        assertStillUsable(this::healthy);
    }

    @Test
    void aRefusedConnectionSaysTheHostCouldNotBeReachedAndOffersRetry() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        pointAt("http://127.0.0.1:" + closed);
        signIn("alice", PASSWORD);
        settled();
        assertBanner(sentence(ErrorCategory.NETWORK_UNREACHABLE), true);
        pointAt(host());
        assertStillUsable(this::healthy);
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersEndsInATimeoutWithRetry() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            pointAt(silent.url());
            long start = System.nanoTime();
            signIn("alice", PASSWORD);
            settled();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
            assertBanner(sentence(ErrorCategory.TIMEOUT), true);
        }
        pointAt(host());
        assertStillUsable(this::healthy);
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithNoWayToTrustItAnyway() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("self-signed").addSubjectAlternativeName("127.0.0.1").build();
        try (MockWebServer tls = new MockWebServer()) {
            tls.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory());
            tls.start();
            pointAt("https://127.0.0.1:" + tls.getPort());
            signIn("alice", PASSWORD);
            settled();
            assertBanner(sentence(ErrorCategory.TLS_FAILURE), false);
            assertThat(window.stage().getScene().getRoot().lookupAll("#errorBanner .button")).filteredOn(n -> n.isVisible())
                    .extracting(n -> n.getId()).as("no 'trust anyway'").containsOnly("bannerClose");
            assertThat(tls.getRequestCount()).as("nothing was sent").isZero();
        }
        pointAt(host());
        assertStillUsable(this::healthy);
    }

    @Test
    void cancelDuringSignInPutsTheWindowBackWithoutAMessage() throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, signedIn().newBuilder().headersDelay(20, TimeUnit.SECONDS).build());
        signIn("alice", PASSWORD);
        await(() -> server.getRequestCount() == 1);
        assertCancelsAtOnce();
    }

    @Test
    void cancelDuringTheFactorFetchPutsTheWindowBackWithoutAMessage() throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, signedIn())
                .enqueue(ENROLLED, oneSmsFactor().newBuilder().headersDelay(20, TimeUnit.SECONDS).build())
                .enqueue(TO_ENROLL, nothingToEnroll());
        signIn("alice", PASSWORD);
        await(() -> server.getRequestCount() == 3);
        assertCancelsAtOnce();
    }

    private void assertCancelsAtOnce() throws Exception {
        assertThat(vm().stateProperty().get()).isEqualTo(State.RUNNING);
        long start = System.nanoTime();
        interact(() -> ((Button) find(window, "cancelButton")).fire());
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
        assertThat(vm().stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(visible("errorBanner")).isFalse();
        assertThat(vm().passwordProperty().get()).isEmpty();
        assertThat(vm().resultProperty().get()).isNull();
        assertStillUsable(this::healthy);
    }
}
