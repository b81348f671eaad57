package mfainspector.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import mfainspector.demo.DemoApp;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.factor.FactorType;
import mfainspector.genauth.AccountType;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.Secret;
import mfainspector.ui.ErrorMessages;
import mfainspector.ui.TaskRunner;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sign-in view model against the real demo tenant over loopback, without a toolkit. */
class SignInViewModelTest {

    private DemoTenant tenant;
    private final SimpleBooleanProperty profileValid = new SimpleBooleanProperty(true);

    @AfterEach
    void stop() {
        if (tenant != null) {
            tenant.close();
        }
    }

    private SignInViewModel model(DemoOptions options, TaskRunner runner) throws Exception {
        tenant = DemoTenant.start(options);
        DemoApp app = tenant.app();
        AppConnection c = new AppConnection(HostAddress.parse(tenant.baseUrl()), app.appId(), app.appSecret(), app.method(), Lang.EN_US);
        GenAuthClient client = GenAuthClient.create();
        return new SignInViewModel(runner, () -> client, () -> Optional.of(c), profileValid, Clock.systemUTC());
    }

    private static void fill(SignInViewModel vm, String account, String password) {
        vm.accountTypeProperty().set(AccountType.ACCOUNT);
        vm.accountProperty().set(account);
        vm.passwordProperty().set(password);
    }

    @Test
    void signInAsCarolShowsHerFourFactorsAndClearsThePassword() throws Exception {
        SignInViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        fill(vm, "carol", DemoTenant.DEMO_PASSWORD);
        vm.signIn();
        assertThat(vm.stateProperty().get()).isEqualTo(State.SHOWN);
        assertThat(vm.resultProperty().get().enrolled()).extracting(f -> f.type())
                .containsExactlyInAnyOrder(FactorType.SMS, FactorType.EMAIL, FactorType.OTP, FactorType.FACE);
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.accountProperty().get()).isEqualTo("carol");
    }

    @Test
    void signInStaysDisabledUntilAccountPasswordAndProfileAreThere() throws Exception {
        SignInViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        assertThat(vm.canSignInProperty().get()).isFalse();
        fill(vm, "carol", "");
        assertThat(vm.canSignInProperty().get()).isFalse();
        vm.passwordProperty().set("x");
        assertThat(vm.canSignInProperty().get()).isTrue();
        profileValid.set(false);
        assertThat(vm.canSignInProperty().get()).isFalse();
    }

    @Test
    void wrongPasswordEndsInErrorWithApiCode2333AndAnEmptyPassword() throws Exception {
        SignInViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        fill(vm, "carol", "not-the-password");
        vm.signIn();
        assertThat(vm.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(vm.errorProperty().get().category()).isEqualTo(ErrorCategory.WRONG_CREDENTIALS);
        assertThat(vm.errorProperty().get().apiCode()).hasValue(2333);
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get()).isNull();
    }

    @Test
    void cancelDuringASlowFetchReturnsToIdleAtOnceAndClearsThePassword() throws Exception {
        TaskRunner background = new TaskRunner(TaskRunner.daemonPool("test-work"), Runnable::run);
        SignInViewModel vm = model(DemoOptions.defaults().withResponseDelay(Duration.ofSeconds(2)), background);
        fill(vm, "carol", DemoTenant.DEMO_PASSWORD);
        vm.signIn();
        assertThat(vm.stateProperty().get()).isEqualTo(State.RUNNING);
        assertThat(vm.canSignInProperty().get()).isFalse();
        Thread.sleep(300);
        long start = System.nanoTime();
        vm.cancel();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(vm.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(vm.passwordProperty().get()).isEmpty();
        Thread.sleep(2500);
        assertThat(vm.stateProperty().get()).as("the aborted call must not come back later").isEqualTo(State.IDLE);
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void refreshWithAnExpiredTokenAsksToSignInAgainAndKeepsTheAccount() throws Exception {
        SignInViewModel vm = model(DemoOptions.defaults().withTokenLifetime(Duration.ofSeconds(1)), TaskRunner.sameThread());
        fill(vm, "alice", DemoTenant.DEMO_PASSWORD);
        vm.signIn();
        assertThat(vm.stateProperty().get()).isEqualTo(State.SHOWN);
        Thread.sleep(2200);
        vm.refresh();
        assertThat(vm.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(vm.errorProperty().get().category()).isEqualTo(ErrorCategory.NOT_SIGNED_IN);
        assertThat(vm.resultProperty().get()).as("the expired token is dropped").isNull();
        assertThat(vm.accountProperty().get()).isEqualTo("alice");
    }

    @Test
    void refreshFetchesAgainWithTheTokenInMemory() throws Exception {
        SignInViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        fill(vm, "bob", DemoTenant.DEMO_PASSWORD);
        vm.signIn();
        var first = vm.resultProperty().get();
        vm.refresh();
        assertThat(vm.resultProperty().get()).isNotSameAs(first);
        assertThat(vm.resultProperty().get().tokens()).isEqualTo(first.tokens());
        assertThat(vm.resultProperty().get().enrolled()).extracting(f -> f.type()).containsExactly(FactorType.EMAIL);
    }

    @Test
    void aPastedBearerTokenWorksWithoutAPassword() throws Exception {
        SignInViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        fill(vm, "dave", DemoTenant.DEMO_PASSWORD);
        vm.signIn();
        String token = vm.resultProperty().get().tokens().accessToken().reveal();
        vm.signOut();
        assertThat(vm.resultProperty().get()).isNull();
        vm.useTokenProperty().set(true);
        vm.pastedTokenProperty().set("  Bearer " + token.substring(0, 10) + "\n" + token.substring(10) + " ");
        assertThat(vm.canSignInProperty().get()).isTrue();
        vm.signIn();
        assertThat(vm.stateProperty().get()).isEqualTo(State.SHOWN);
        assertThat(vm.resultProperty().get().enrolled()).isEmpty();
    }

    @Test
    void anUnreachableHostEndsInANetworkErrorThatOffersRetry() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        AppConnection nowhere = new AppConnection(HostAddress.parse("http://127.0.0.1:" + closedPort), "app", Secret.of("s"),
                null, Lang.EN_US);
        GenAuthClient client = GenAuthClient.create();
        SignInViewModel vm = new SignInViewModel(TaskRunner.sameThread(), () -> client, () -> Optional.of(nowhere), profileValid,
                Clock.systemUTC());
        fill(vm, "carol", DemoTenant.DEMO_PASSWORD);
        vm.signIn();
        assertThat(vm.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(vm.errorProperty().get().category()).isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
        assertThat(ErrorMessages.retryable(vm.errorProperty().get())).isTrue();
        assertThat(vm.passwordProperty().get()).isEmpty();
    }
}
