package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import mfainspector.caller.TotpCodes;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.ActivityPeriod;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.Finding;
import mfainspector.lookup.LookupLog;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case view's model against the real demo tenant over loopback, with a real lookup log; no toolkit. */
class CaseViewModelTest {

    private static final String ALICE_SECRET = "WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV";

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final BannerModel banner = new BannerModel(i18n);
    private DemoTenant tenant;
    private LookupLog log;
    private LookupViewModel vm;
    private boolean callerOtp = true;

    @BeforeEach
    void start() throws Exception {
        tenant = DemoTenant.start(DemoOptions.defaults());
        log = new LookupLog(dir);
        vm = new LookupViewModel(i18n, TaskRunner.sameThread(), ManagementClient::create,
                () -> Optional.of(new LookupTarget("p-1", "Helpdesk", new ManagementCredentials(
                        HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US),
                        callerOtp)),
                new SimpleBooleanProperty(true), log, banner, Clock.systemDefaultZone());
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    private CaseViewModel lookUp(String who) {
        vm.queryProperty().set(who);
        vm.lookUp();
        assertThat(vm.resultProperty().get().user().username()).isEqualTo(who);
        return vm.caseView();
    }

    @Test
    void gracesTimelineArrivesAndTheDiagnosisThenNamesHerFailedAuthenticatorCodes() {
        CaseViewModel c = lookUp("grace");

        assertThat(c.timelineProperty().get()).isNotNull();
        assertThat(c.timelineProperty().get().period()).isEqualTo(ActivityPeriod.WEEK);
        assertThat(c.findings()).extracting(Finding::kind).contains(Finding.Kind.MFA_FAILURES);
        assertThat(c.events()).anyMatch(ActivityEvent::failed).anyMatch(ActivityEvent::succeeded);
        int week = c.events().size();

        c.failuresOnlyProperty().set(true);
        assertThat(c.events()).isNotEmpty().allMatch(ActivityEvent::failed);
        c.failuresOnlyProperty().set(false);
        c.periodProperty().set(ActivityPeriod.DAY);
        assertThat(c.events()).isNotEmpty().hasSizeLessThan(week);
        assertThat(banner.visibleProperty().get()).isFalse();
    }

    @Test
    void heidisFirstFindingIsTheBlockedAccount() {
        CaseViewModel c = lookUp("heidi");

        assertThat(c.findings().get(0).kind()).isEqualTo(Finding.Kind.ACCOUNT_BLOCKED);
        assertThat(c.findings().get(0).severity()).isEqualTo(Finding.Severity.BLOCKER);
    }

    @Test
    void aCheckedCodeIsWipedAndTheCheckIsLoggedWithoutIt() throws Exception {
        CaseViewModel c = lookUp("alice");
        assertThat(c.otpCheckProperty().get()).isTrue();
        String code = TotpCodes.now(ALICE_SECRET);
        char[] typed = code.toCharArray();

        c.verifyCode(typed);

        assertThat(c.callerResultProperty().get().outcome()).isEqualTo(CallerOutcome.VERIFIED);
        assertThat(new String(typed)).isEqualTo("\0\0\0\0\0\0");
        List<String> lines = Files.readAllLines(log.file());
        assertThat(lines.get(lines.size() - 1)).contains("\"method\":\"otp\"").doesNotContain(code)
                .doesNotContain(ALICE_SECRET);

        vm.clear();
        assertThat(c.callerResultProperty().get()).isNull();
        assertThat(c.userProperty().get()).isNull();
        assertThat(c.findings()).isEmpty();
    }

    @Test
    void withTheProfileSettingOffOnlyTheManualChecklistIsOffered() {
        callerOtp = false;
        CaseViewModel c = lookUp("alice");

        assertThat(c.otpCheckProperty().get()).isFalse();
        char[] typed = "123456".toCharArray();
        c.verifyCode(typed);
        assertThat(c.callerResultProperty().get()).as("no check made").isNull();
        assertThat(new String(typed)).isEqualTo("\0\0\0\0\0\0");
    }

    @Test
    void cancelStopsALoadingTimelineWithoutABannerAndKeepsTheCard() throws Exception {
        tenant.close();
        tenant = DemoTenant.start(DemoOptions.defaults().withResponseDelay(java.time.Duration.ofMillis(800)));
        java.util.concurrent.ExecutorService ui = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            vm = new LookupViewModel(i18n, new TaskRunner(TaskRunner.daemonPool("case-test"), ui), ManagementClient::create,
                    () -> Optional.of(new LookupTarget("p-1", "Helpdesk", new ManagementCredentials(
                            HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US),
                            true)),
                    new SimpleBooleanProperty(true), log, banner, Clock.systemDefaultZone());
            ui.submit(() -> {
                vm.queryProperty().set("grace");
                vm.lookUp();
            }).get();
            CaseViewModel c = vm.caseView();
            long until = System.nanoTime() + 30_000_000_000L;
            while (!ui.submit(() -> c.loadingProperty().get()).get() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(ui.submit(() -> c.loadingProperty().get()).get()).as("the timeline is loading").isTrue();

            ui.submit(c::cancel).get();
            Thread.sleep(2500); // the cancelled calls would have answered by now

            assertThat(ui.submit(() -> c.loadingProperty().get()).get()).isFalse();
            assertThat(ui.submit(() -> c.timelineProperty().get()).get()).isNull();
            assertThat(ui.submit(() -> c.userProperty().get().username()).get()).isEqualTo("grace");
            assertThat(ui.submit(() -> banner.visibleProperty().get()).get()).isFalse();
        } finally {
            ui.shutdownNow();
        }
    }
}
