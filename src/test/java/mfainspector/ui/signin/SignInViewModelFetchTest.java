package mfainspector.ui.signin;

import static mfainspector.testing.RoutedAnswers.ENROLLED;
import static mfainspector.testing.RoutedAnswers.SIGN_IN;
import static mfainspector.testing.RoutedAnswers.TO_ENROLL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import mfainspector.genauth.AccountType;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;
import mfainspector.testing.ServerFault;
import mfainspector.ui.TaskRunner;
import mfainspector.ui.signin.SignInViewModel.State;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The two factor lists are fetched at the same time, on background threads as in the app: both
 * calls are open at once, and when one fails the other is aborted rather than waited for.
 */
class SignInViewModelFetchTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private SignInViewModel model() {
        AppConnection c = new AppConnection(HostAddress.parse("http://127.0.0.1:" + server.getPort()), "app-1",
                Secret.of("app-secret-1"), TokenAuthMethod.CLIENT_SECRET_POST, Lang.EN_US);
        GenAuthClient client = GenAuthClient.create();
        SignInViewModel vm = new SignInViewModel(new TaskRunner(TaskRunner.daemonPool("fetch-test"), Runnable::run),
                () -> client, () -> Optional.of(c), new SimpleBooleanProperty(true), Clock.systemUTC());
        vm.accountTypeProperty().set(AccountType.ACCOUNT);
        vm.accountProperty().set("alice");
        vm.passwordProperty().set("pa55-word");
        return vm;
    }

    private static void awaitSettled(SignInViewModel vm, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (vm.stateProperty().get() == State.RUNNING && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    @Test
    void bothListsAreRequestedBeforeEitherIsAnswered() throws Exception {
        // Each list answers only once the other has been asked for: one after the other, they never would.
        CountDownLatch enrolledAsked = new CountDownLatch(1);
        CountDownLatch toEnrollAsked = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return switch (request.getUrl().encodedPath()) {
                    case SIGN_IN -> ServerFault.signedIn();
                    case ENROLLED -> {
                        enrolledAsked.countDown();
                        yield toEnrollAsked.await(5, TimeUnit.SECONDS) ? ServerFault.oneSmsFactor() : ServerFault.HTTP_500.response();
                    }
                    case TO_ENROLL -> {
                        toEnrollAsked.countDown();
                        yield enrolledAsked.await(5, TimeUnit.SECONDS) ? ServerFault.nothingToEnroll() : ServerFault.HTTP_500.response();
                    }
                    default -> ServerFault.HTTP_500.response();
                };
            }
        });
        SignInViewModel vm = model();
        vm.signIn();
        vm.accountProperty().set("edited meanwhile");
        awaitSettled(vm, 30);
        assertThat(vm.stateProperty().get()).as("error: %s", vm.errorProperty().get()).isEqualTo(State.SHOWN);
        assertThat(vm.resultProperty().get().enrolled()).hasSize(1);
        assertThat(vm.resultProperty().get().toEnroll()).isEmpty();
        assertThat(vm.resultProperty().get().account()).as("as entered when the sign-in started").isEqualTo("alice");
    }

    @Test
    void whenTheEnrolledFactorsFailTheOtherCallIsAbortedAndThatFailureIsShown() throws Exception {
        var answers = new mfainspector.testing.RoutedAnswers()
                .enqueue(SIGN_IN, ServerFault.signedIn())
                .enqueue(ENROLLED, ServerFault.json(401, "{\"statusCode\":401,\"apiCode\":2020,\"message\":\"expired\"}"))
                .enqueue(TO_ENROLL, ServerFault.nothingToEnroll().newBuilder().headersDelay(60, TimeUnit.SECONDS).build());
        server.setDispatcher(answers);
        SignInViewModel vm = model();
        vm.signIn();
        // Far less than the 60 s the other answer is held back, or the client's read timeout.
        awaitSettled(vm, 8);
        assertThat(vm.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(vm.errorProperty().get().category()).isEqualTo(ErrorCategory.NOT_SIGNED_IN);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
