package mfainspector.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.Secret;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.lookup.LookupOutcome;
import mfainspector.report.Category;
import mfainspector.report.ScanProgress;
import mfainspector.report.ScanSummary;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;
import mfainspector.ui.lookup.LookupTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage view model against a demo tenant of synthetic users over loopback, with a real lookup log; no toolkit. */
class CoverageViewModelTest {

    /** More users than the table's window holds. */
    private static final int USERS = CoverageViewModel.WINDOW_ROWS + 150;
    private static DemoTenant tenant;

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final BannerModel banner = new BannerModel(i18n);
    private final AtomicReference<LookupTarget> target = new AtomicReference<>();

    @BeforeAll
    static void startTenant() throws Exception {
        tenant = DemoTenant.start(DemoOptions.defaults(), DemoScale.none().withUsers(USERS));
    }

    @AfterAll
    static void stopTenant() {
        tenant.close();
    }

    private CoverageViewModel model(TaskRunner runner, Secret poolSecret) {
        target.set(new LookupTarget("p-1", "Helpdesk", new ManagementCredentials(HostAddress.parse(tenant.baseUrl()),
                tenant.userPoolId(), poolSecret, Lang.EN_US)));
        CoverageViewModel vm = new CoverageViewModel(i18n, runner, dir.resolve("reports"), () -> Optional.of(target.get()),
                new SimpleBooleanProperty(true), new LookupLog(dir), banner, ZoneId.of("Asia/Shanghai"));
        vm.rateProperty().set(200);
        return vm;
    }

    @Test
    void aPoolLargerThanTheWindowShowsItsFirstRowsAndHowManyMatch() throws Exception {
        CoverageViewModel vm = model(TaskRunner.sameThread(), tenant.userPoolSecret());
        vm.start();

        ScanSummary s = vm.summaryProperty().get();
        assertThat(s).isNotNull();
        assertThat(s.complete()).isTrue();
        assertThat(s.scanned()).isEqualTo(s.listed()).isGreaterThanOrEqualTo(USERS);
        assertThat(vm.rows()).hasSize(CoverageViewModel.WINDOW_ROWS);
        assertThat(vm.matchingProperty().get()).isEqualTo(s.scanned());
        assertThat(vm.windowTextProperty().get()).isEqualTo(String.format(
                "Showing the first 1,000 of %,d matching users; export for all.", s.scanned()));
        assertThat(vm.progressProperty().get().total()).isEqualTo(s.listed());
        assertThat(vm.progressProperty().get().done()).isEqualTo(s.scanned());
        assertThat(vm.progressTextProperty().get()).matches(String.format(
                "%,d of %,d users · [0-9.]+ users/s · 0 s left · 0 not readable", s.scanned(), s.listed()));

        Category most = Category.NO_MFA;
        vm.categoryProperty().set(most);
        assertThat(vm.matchingProperty().get()).isEqualTo(s.count(most));
        assertThat(vm.rows()).hasSize((int) Math.min(s.count(most), CoverageViewModel.WINDOW_ROWS))
                .allMatch(r -> r.category() == most);

        List<LookupLogEntry> entries = new LookupLog(dir).read(null, null, null).entries();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.profile()).isEqualTo("Helpdesk");
            assertThat(e.outcome()).isEqualTo(LookupOutcome.found());
            assertThat(e.report()).get().satisfies(run -> {
                assertThat(run.userPoolId()).isEqualTo(tenant.userPoolId());
                assertThat(run.scanned()).isEqualTo(s.scanned());
                assertThat(run.exportPath()).isEmpty();
            });
        });

        // Shown again from disk when the tab is opened in a new window.
        CoverageViewModel again = model(TaskRunner.sameThread(), tenant.userPoolSecret());
        again.show();
        assertThat(again.summaryProperty().get()).isEqualTo(s);
        assertThat(again.matchingProperty().get()).isEqualTo(s.scanned());
        assertThat(again.unfinishedProperty().get()).isNull();
    }

    @Test
    void progressReachesTheUiThreadOnceAtATimeNeverOncePerReport() {
        List<Runnable> uiQueue = new ArrayList<>();
        CoverageViewModel vm = model(new TaskRunner(Runnable::run, uiQueue::add), tenant.userPoolSecret());
        vm.start();

        // The scan ran to the end while the UI thread was busy: one progress hand-over waits, with the latest
        // progress, and the result.
        assertThat(uiQueue).hasSize(2);
        new ArrayList<>(uiQueue).forEach(Runnable::run);
        assertThat(vm.progressProperty().get().done()).isEqualTo(vm.progressProperty().get().total()).isPositive();
        assertThat(vm.stateProperty().get()).isEqualTo(CoverageViewModel.State.IDLE);
    }

    @Test
    void aWrongPoolSecretSaysSoAndShowsNoReport() throws Exception {
        CoverageViewModel vm = model(TaskRunner.sameThread(), Secret.of("not-the-pool-secret"));
        vm.start();

        assertThat(vm.stateProperty().get()).isEqualTo(CoverageViewModel.State.IDLE);
        assertThat(vm.summaryProperty().get()).isNull();
        assertThat(vm.rows()).isEmpty();
        assertThat(banner.visibleProperty().get()).isTrue();
        assertThat(banner.messageProperty().get()).isNotBlank().doesNotContain("not-the-pool-secret");
        assertThat(vm.canStartProperty().get()).as("can try again").isTrue();
    }

    @Test
    void aScanJustStartedOrResumedSaysItIsMeasuringTheSpeedNotZeroUsersASecond() {
        CoverageViewModel vm = model(TaskRunner.sameThread(), tenant.userPoolSecret());
        ScanProgress resumed = new ScanProgress(1250, 3008, 0, Optional.empty(), 0, 0, 20);
        assertThat(vm.describe(resumed)).isEqualTo("1,250 of 3,008 users · measuring the speed · 0 not readable");
        ScanProgress running = new ScanProgress(1371, 3008, 19.6, Optional.of(Duration.ofSeconds(84)), 0, 0, 20);
        assertThat(vm.describe(running)).isEqualTo("1,371 of 3,008 users · 19.6 users/s · 1 min 24 s left · 0 not readable");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(vm.describe(resumed)).isEqualTo("已完成 1,250 / 3,008 个用户 · 正在测算速度 · 0 个无法读取");
    }
}
