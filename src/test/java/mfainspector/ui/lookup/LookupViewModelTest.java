package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.demo.DemoUser;
import mfainspector.factor.FactorType;
import mfainspector.factor.Masking;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.Secret;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.UserIdType;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;
import mfainspector.ui.lookup.LookupViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The look-up view model against the real demo tenant over loopback, with a real lookup log; no toolkit. */
class LookupViewModelTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final BannerModel banner = new BannerModel(i18n);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T13:03:22.750Z"), ZoneId.of("Europe/Berlin"));

    private final AtomicInteger clientsMade = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<LookupTarget> target = new AtomicReference<>();
    private DemoTenant tenant;
    private LookupLog log;

    @AfterEach
    void stop() {
        if (tenant != null) {
            tenant.close();
        }
    }

    private LookupViewModel model(DemoOptions options, TaskRunner runner) throws Exception {
        tenant = DemoTenant.start(options);
        target.set(target(tenant.userPoolSecret()));
        log = new LookupLog(dir);
        return new LookupViewModel(i18n, runner, c -> {
            clientsMade.incrementAndGet();
            return counted(ManagementClient.create(c));
        }, () -> Optional.of(target.get()), new SimpleBooleanProperty(true), log, banner, CLOCK);
    }

    /** The client, counting every call made through it. */
    private ManagementApi counted(ManagementApi api) {
        return (ManagementApi) Proxy.newProxyInstance(ManagementApi.class.getClassLoader(), new Class<?>[] {ManagementApi.class},
                (proxy, method, args) -> {
                    calls.incrementAndGet();
                    try {
                        return method.invoke(api, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private LookupTarget target(Secret poolSecret) {
        return new LookupTarget("p-1", "Helpdesk", new ManagementCredentials(HostAddress.parse(tenant.baseUrl()),
                tenant.userPoolId(), poolSecret, Lang.EN_US));
    }

    private static void lookUp(LookupViewModel vm, String typed) {
        vm.queryProperty().set(typed);
        vm.lookUp();
    }

    /** Each known type bound exactly when the demo user's own sign-in lists a factor of that type. */
    private void assertRowsMatchSignIn(LookupViewModel vm, String username) {
        DemoUser seeded = tenant.user(username);
        assertThat(vm.mfaRows()).extracting(MfaRow::type)
                .containsExactly(FactorType.SMS, FactorType.EMAIL, FactorType.OTP, FactorType.FACE);
        for (MfaRow row : vm.mfaRows()) {
            assertThat(row.binding()).as("%s of %s", row.type(), username)
                    .isEqualTo(seeded.has(row.type()) ? Enablement.ENABLED : Enablement.DISABLED);
        }
    }

    @Test
    void anEmailIsRecognisedAndShowsBobWithOnlyEmailBound() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());

        lookUp(vm, "bob@example.com");

        assertThat(vm.guessedTypeProperty().get()).isEqualTo(UserIdType.EMAIL);
        assertThat(vm.stateProperty().get()).isEqualTo(State.FOUND);
        assertThat(vm.resultProperty().get().user().username()).isEqualTo("bob");
        assertRowsMatchSignIn(vm, "bob");
        MfaRow email = vm.mfaRows().get(1);
        assertThat(email.detail(false)).isEqualTo(Masking.maskEmail("bob@example.com"));
        assertThat(email.detail(true)).isEqualTo("bob@example.com");
        assertThat(banner.visibleProperty().get()).isFalse();
    }

    @Test
    void aPhoneWithCountryCodeAndSeparatorsShowsCarolWithAllFourBound() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());

        lookUp(vm, "+1 202-555-0103");

        assertThat(vm.guessedTypeProperty().get()).isEqualTo(UserIdType.PHONE);
        assertThat(vm.resultProperty().get().user().username()).isEqualTo("carol");
        assertRowsMatchSignIn(vm, "carol");
        assertThat(vm.mfaRows().get(0).detail(false)).doesNotContain("2025550103").contains("0103");
    }

    @Test
    void aPhoneWithoutCountryCodeFindsAliceAndDaveHasNothingBound() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());

        lookUp(vm, "(202) 555-0101");
        assertThat(vm.resultProperty().get().user().username()).isEqualTo("alice");
        assertRowsMatchSignIn(vm, "alice");

        lookUp(vm, "dave");
        assertThat(vm.resultProperty().get().user().username()).isEqualTo("dave");
        assertThat(vm.mfaRows()).allMatch(r -> r.binding() == Enablement.DISABLED);
    }

    @Test
    void theGuessFollowsTheTextAndAChosenTypeOverridesIt() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        DemoUser erin = tenant.user("erin");

        vm.queryProperty().set(erin.userId());
        assertThat(vm.guessedTypeProperty().get()).isEqualTo(UserIdType.USER_ID);
        vm.queryProperty().set(erin.externalId());
        assertThat(vm.guessedTypeProperty().get()).isEqualTo(UserIdType.USERNAME);

        vm.chosenTypeProperty().set(UserIdType.EXTERNAL_ID);
        vm.lookUp();

        assertThat(vm.stateProperty().get()).isEqualTo(State.FOUND);
        assertThat(vm.resultProperty().get().user().username()).isEqualTo("erin");
        assertThat(log.read(null, null, null).entries()).extracting(LookupLogEntry::identifierType)
                .containsExactly(UserIdType.EXTERNAL_ID);
    }

    @Test
    void aUsernameNobodyHasIsSearchedAndSeveralMatchesGiveAPickList() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());

        lookUp(vm, "ar"); // in Bob Martinez and Carol Nguyen's usernames or names

        assertThat(vm.stateProperty().get()).isEqualTo(State.MATCHES);
        assertThat(vm.matches()).extracting(u -> u.username()).containsExactlyInAnyOrder("bob", "carol");
        assertThat(vm.matches()).allMatch(u -> !u.maskedEmail().isEmpty() && !u.maskedPhone().isEmpty());

        vm.pick(vm.matches().stream().filter(u -> u.username().equals("carol")).findFirst().orElseThrow());

        assertThat(vm.stateProperty().get()).isEqualTo(State.FOUND);
        assertRowsMatchSignIn(vm, "carol");
        assertThat(log.read(null, null, null).entries()).extracting(e -> e.outcome().kind())
                .containsExactly(LookupOutcome.Kind.SEVERAL_MATCHES, LookupOutcome.Kind.FOUND);
    }

    @Test
    void searchListsEveryMatchEvenWhereTheTextIsAlsoAnEmailDomain() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        vm.queryProperty().set("example.com");

        vm.search();

        assertThat(vm.matches()).hasSize((int) tenant.users().stream().filter(u -> u.email().endsWith("@example.com")).count());
    }

    @Test
    void anUnknownUserShowsTheLookupsOwnNotFoundSentenceAndIsLogged() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());

        lookUp(vm, "nobody@example.com");

        assertThat(vm.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(banner.visibleProperty().get()).isTrue();
        assertThat(banner.messageProperty().get()).isEqualTo(i18n.get("lookup.error.NOT_FOUND"))
                .startsWith("No user has this identifier");
        assertThat(log.read(null, null, null).entries()).extracting(LookupLogEntry::outcome)
                .containsExactly(LookupOutcome.notFound());
    }

    @Test
    void aWrongPoolSecretSpeaksOfThePoolNotTheAppSecret() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        target.set(target(Secret.of("not-the-pool-secret")));

        lookUp(vm, "alice@example.com");

        assertThat(vm.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(banner.messageProperty().get()).startsWith("The user pool id or user pool secret is wrong")
                .doesNotContain("app secret").doesNotContain("not-the-pool-secret");
        assertThat(log.read(null, null, null).entries()).extracting(LookupLogEntry::outcome)
                .containsExactly(LookupOutcome.failed(ErrorCategory.APP_MISCONFIGURED));
    }

    @Test
    void oneClientServesALookupSessionAndChangedCredentialsGetANewOne() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        lookUp(vm, "alice");
        lookUp(vm, "bob");
        assertThat(clientsMade).hasValue(1);

        target.set(new LookupTarget("p-2", "Other", target.get().credentials()));
        lookUp(vm, "carol");
        assertThat(clientsMade).hasValue(2);
    }

    @Test
    void everyLookupAddsOneLineWithTheTicketAndOnlyMaskedIdentifiers() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        vm.ticketProperty().set("INC-1042");

        lookUp(vm, "carol@example.com");
        lookUp(vm, "+1 202 555 0102");

        var entries = log.read(null, null, null).entries();
        assertThat(entries).hasSize(2).allMatch(e -> e.ticket().equals("INC-1042") && e.profile().equals("Helpdesk"));
        assertThat(entries).extracting(LookupLogEntry::identifierType).containsExactly(UserIdType.EMAIL, UserIdType.PHONE);
        String raw = Files.readString(log.file());
        assertThat(raw.lines()).hasSize(2);
        assertThat(raw).doesNotContain("carol@example.com").doesNotContain("2025550102")
                .doesNotContain(tenant.userPoolSecret().reveal());
    }

    @Test
    void cancelOnASlowTenantPutsTheWindowBackAtOnceAndShowsNoError() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults().withResponseDelay(Duration.ofSeconds(5)),
                new TaskRunner(TaskRunner.daemonPool("lookup-test"), Runnable::run));

        lookUp(vm, "alice@example.com");
        assertThat(vm.stateProperty().get()).isEqualTo(State.RUNNING);
        long started = System.nanoTime();
        vm.cancel();

        assertThat(vm.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(vm.canLookUpProperty().get()).isTrue();
        // The aborted call ends well before the tenant's delay and is noted as cancelled.
        while (log.read(null, null, null).entries().isEmpty() && System.nanoTime() - started < 4_000_000_000L) {
            Thread.sleep(50);
        }
        assertThat(log.read(null, null, null).entries()).extracting(LookupLogEntry::outcome)
                .containsExactly(LookupOutcome.failed(ErrorCategory.CANCELLED));
        assertThat(vm.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(banner.visibleProperty().get()).isFalse();
    }

    @Test
    void backToResultsShowsThePickListAgainWithoutACallAndANewLookupDropsIt() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        vm.queryProperty().set("example");
        vm.search();
        assertThat(vm.matches()).hasSize(7);
        vm.pick(vm.matches().stream().filter(u -> u.username().equals("carol")).findFirst().orElseThrow());
        assertThat(vm.stateProperty().get()).isEqualTo(State.FOUND);
        assertThat(vm.listBehindProperty().get().matches()).hasSize(7);
        int callsBefore = calls.get();
        int linesBefore = log.read(null, null, null).entries().size();

        vm.backToResults();

        assertThat(calls.get()).as("calls to the tenant").isEqualTo(callsBefore);
        assertThat(log.read(null, null, null).entries()).hasSize(linesBefore);
        assertThat(vm.stateProperty().get()).isEqualTo(State.MATCHES);
        assertThat(vm.resultProperty().get().user()).isNull();
        assertThat(vm.matches()).hasSize(7);
        assertThat(vm.mfaRows()).isEmpty();
        assertThat(vm.listBehindProperty().get()).isNull();

        lookUp(vm, "bob@example.com");
        assertThat(vm.resultProperty().get().user().username()).isEqualTo("bob");
        assertThat(vm.listBehindProperty().get()).as("a look-up of its own has no list behind it").isNull();
    }

    @Test
    void theSummaryIsMaskedWhateverRevealSaysWithTheFetchTimeInUtcAndLocallyAndTheTicket() throws Exception {
        LookupViewModel vm = model(DemoOptions.defaults(), TaskRunner.sameThread());
        vm.ticketProperty().set("INC-4711");
        lookUp(vm, "+1 202-555-0103");
        vm.ticketProperty().set("typed later");
        vm.revealProperty().set(true);

        String summary = vm.summary();

        assertThat(summary).contains("MFA status of Carol Nguyen").contains("User ID: " + vm.resultProperty().get().user().userId())
                .contains("Email: c***@example.com").contains("Account status: Active")
                .contains("Text message (SMS) [SMS]: Bound (+1 202****0103)").contains("Authenticator app (TOTP) [OTP]: Bound")
                .contains("Fetched at: 2026-11-30T13:03:22Z (2026-11-30 14:03:22 GMT+1)").contains("Ticket: INC-4711")
                .doesNotContain("carol@example.com").doesNotContain("2025550103").doesNotContain("typed later");
    }
}
