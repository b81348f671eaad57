package mfainspector.ui.hardening;

import static mfainspector.testing.ServerFault.nothingToEnroll;
import static mfainspector.testing.ServerFault.oneSmsFactor;
import static mfainspector.testing.ServerFault.signedIn;
import static mfainspector.testing.RoutedAnswers.ENROLLED;
import static mfainspector.testing.RoutedAnswers.SIGN_IN;
import static mfainspector.testing.RoutedAnswers.TO_ENROLL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import mfainspector.ui.signin.SignInViewModel.State;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 429 with Retry-After: the banner counts down and retries once by itself (sign-in is never
 * retried by the client, so this is the only retry); Cancel stops the countdown and leaves Retry.
 */
class WindowRateLimitUiTest extends FaultWindowBase {

    private static MockResponse tooMany(int seconds) {
        return new MockResponse.Builder().code(429).setHeader("Retry-After", String.valueOf(seconds)).body("").build();
    }

    @Test
    void aCountdownFromRetryAfterRunsInTheBannerThenTheSignInIsRetriedByItself() throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, tooMany(2)).healthy();
        List<String> shown = new CopyOnWriteArrayList<>();
        interact(() -> window.context().banner().messageProperty().addListener((obs, old, now) -> shown.add(now)));

        signIn("alice", PASSWORD);
        await(() -> vm().stateProperty().get() == State.ERROR);
        assertThat(bannerText()).isEqualTo("Too many requests: retrying in 2 s.");
        assertThat(visible("bannerCancel")).isTrue();
        await(() -> vm().stateProperty().get() == State.SHOWN);

        assertThat(shown).containsSubsequence("Too many requests: retrying in 2 s.", "Too many requests: retrying in 1 s.");
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(visible("errorBanner")).isFalse();
        assertThat(window.window().factors().rows()).hasSize(1);
    }

    @Test
    void aSecond429AfterTheAutomaticRetrySaysHowLongToWaitAndLeavesRetryToThePerson() throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, tooMany(1)).enqueue(SIGN_IN, tooMany(1));
        signIn("alice", PASSWORD);
        await(() -> server.getRequestCount() == 2 && vm().stateProperty().get() == State.ERROR);
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(server.getRequestCount()).as("no endless loop of retries").isEqualTo(2);
        assertThat(bannerText()).isEqualTo("Too many requests. Wait 1 seconds, then try again.");
        assertThat(visible("bannerRetry")).isTrue();
        assertThat(visible("bannerCancel")).isFalse();
    }

    @Test
    void cancelStopsTheCountdownAndRetryStillSignsInWithThePasswordOfThatAttempt() throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, tooMany(2));
        signIn("alice", PASSWORD);
        await(() -> visible("bannerCancel"));
        interact(() -> ((Button) find(window, "bannerCancel")).fire());
        assertThat(bannerText()).isEqualTo("Too many requests. Wait 2 seconds, then try again.");
        assertThat(visible("bannerCancel")).isFalse();
        Thread.sleep(2500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(server.getRequestCount()).as("no retry after Cancel").isEqualTo(1);
        assertThat(vm().passwordProperty().get()).isEmpty();

        answers.healthy();
        interact(() -> ((Button) find(window, "bannerRetry")).fire());
        assertThat(settled()).isEqualTo(State.SHOWN);
        assertThat(server.takeRequest().getBody().utf8()).contains(PASSWORD);
    }
}
