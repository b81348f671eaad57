package mfainspector.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.ErrorCategory;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.ReportRun;
import mfainspector.report.Category;
import mfainspector.report.CoverageScan;
import mfainspector.report.ExportFormat;
import mfainspector.report.ReportResult;
import mfainspector.report.ReportRow;
import mfainspector.report.ResultPage;
import mfainspector.report.RowFilter;
import mfainspector.report.ScanException;
import mfainspector.report.ScanFolder;
import mfainspector.report.ScanListener;
import mfainspector.report.ScanProgress;
import mfainspector.report.ScanSettings;
import mfainspector.report.ScanSummary;
import mfainspector.report.UnfinishedScan;
import mfainspector.text.TimeText;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;
import mfainspector.ui.lookup.LookupTarget;
import mfainspector.ui.lookup.LookupViewModel;

/**
 * The MFA coverage report of the look-up's user pool: a scan with a chosen rate, Cancel and
 * Resume, its progress, then the summary and a bounded window of the rows, filtered by category
 * and text and read back from the result on disk (a pool of 100,000 users is never held in
 * memory), and exports. Disk and network work runs through the {@link TaskRunner}; the scan's
 * progress reaches the UI thread at most once per report, never once per user.
 */
public final class CoverageViewModel {

    public enum State { IDLE, SCANNING, CANCELLING }

    /** How many rows of those matching the filter the table holds at most. */
    public static final int WINDOW_ROWS = 1000;

    private final I18n i18n;
    private final TaskRunner runner;
    private final Path reportsRoot;
    private final Supplier<Optional<LookupTarget>> target;
    private final BooleanBinding canStart;
    private final LookupLog log;
    private final BannerModel banner;
    private final ZoneId zone;

    private final IntegerProperty rate = new SimpleIntegerProperty(ScanSettings.DEFAULT_RATE);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyObjectWrapper<UnfinishedScan> unfinished = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScanProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScanSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<ReportRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    /** The status line, worded on demand so it follows the language. */
    private final ObjectProperty<Supplier<String>> status = new SimpleObjectProperty<>(() -> "");
    private final StringBinding statusText;
    private final StringBinding progressText;
    private final StringBinding windowText;
    private final StringBinding unfinishedText;
    private final StringBinding summaryText;
    private final StringBinding riskText;

    private Consumer<String> onOpenUser = userId -> { };
    private Runnable onLogged = () -> { };
    private CoverageScan running;
    private ReportResult result;
    /** The folder the shown result, offer or running scan belongs to. */
    private ScanFolder folder;
    private LookupTarget folderTarget;
    private long reading;
    private long checking;

    /**
     * @param reportsRoot where scan folders go ({@code <settings folder>/reports})
     * @param target      the selected profile with its management credentials, empty while incomplete
     * @param targetReady whether {@code target} would give one
     */
    public CoverageViewModel(I18n i18n, TaskRunner runner, Path reportsRoot, Supplier<Optional<LookupTarget>> target,
                             ObservableBooleanValue targetReady, LookupLog log, BannerModel banner, ZoneId zone) {
        this.i18n = i18n;
        this.runner = runner;
        this.reportsRoot = reportsRoot;
        this.target = target;
        this.log = log;
        this.banner = banner;
        this.zone = zone;
        this.canStart = Bindings.createBooleanBinding(() -> targetReady.get() && state.get() == State.IDLE,
                targetReady, state);
        this.statusText = Bindings.createStringBinding(() -> status.get().get(), status, i18n.localeProperty());
        this.progressText = Bindings.createStringBinding(this::describeProgress, progress, i18n.localeProperty());
        this.windowText = Bindings.createStringBinding(() -> summary.get() == null ? ""
                : matching.get() > rows.size() ? i18n.get("coverage.window.some", rows.size(), matching.get())
                : i18n.get("coverage.window.all", matching.get()), summary, matching, rows, i18n.localeProperty());
        this.unfinishedText = Bindings.createStringBinding(() -> {
            UnfinishedScan u = unfinished.get();
            return u == null ? "" : i18n.get("coverage.resume.offer", u.userPoolId(), u.done(), u.total(),
                    TimeText.dateTime(u.started(), zone));
        }, unfinished, i18n.localeProperty());
        this.summaryText = Bindings.createStringBinding(() -> {
            ScanSummary s = summary.get();
            return s == null ? "" : i18n.get("coverage.summary", s.userPoolId(), s.scanned(), s.listed(),
                    s.finished().map(this::time).orElse("-"));
        }, summary, i18n.localeProperty());
        this.riskText = Bindings.createStringBinding(() -> {
            ScanSummary s = summary.get();
            if (s == null) {
                return "";
            }
            long weakOnly = 0;
            for (Category c : Category.values()) {
                weakOnly += c.weakOnly() ? s.count(c) : 0;
            }
            return i18n.get("coverage.summary.risk", s.count(Category.NO_MFA), weakOnly, s.count(Category.UNKNOWN));
        }, summary, i18n.localeProperty());
        category.addListener((obs, old, now) -> reloadRows());
        text.addListener((obs, old, now) -> reloadRows());
    }

    /**
     * The tab is shown: looks (in the background) for an unfinished scan of the selected pool, to
     * offer resuming it, and for its last complete report, to show it again.
     */
    public void show() {
        if (state.get() != State.IDLE) {
            return;
        }
        Optional<LookupTarget> t = target.get();
        if (t.isEmpty()) {
            forgetFolder();
            return;
        }
        ScanFolder f = folderOf(t.get().credentials());
        if (f.dir().equals(folder == null ? null : folder.dir()) && summary.get() != null) {
            checkUnfinished(f);
            return;
        }
        forgetFolder();
        folder = f;
        folderTarget = t.get();
        long mine = ++checking;
        runner.run(() -> new Found(f.unfinished(), f.result()), found -> {
            if (mine == checking && state.get() == State.IDLE) {
                unfinished.set(found.unfinished().orElse(null));
                found.result().ifPresent(this::showResult);
            }
        }, e -> {
            if (mine == checking) {
                String why = String.valueOf(e.getMessage());
                status.set(() -> i18n.get("coverage.folder.failed", f.dir(), why));
            }
        });
    }

    private record Found(Optional<UnfinishedScan> unfinished, Optional<ReportResult> result) {
    }

    /**
     * After a scan stopped: offers resuming it, and says where it stopped as the offer does. The
     * last progress also counted users of a page whose rows were not kept (Resume reads that page
     * again), so the status line takes the checkpoint's count, the one the offer shows.
     */
    private void checkUnfinishedAndSayWhere(ScanFolder f) {
        long mine = ++checking;
        runner.run(f::unfinished, u -> {
            if (mine == checking && state.get() == State.IDLE) {
                unfinished.set(u.orElse(null));
                u.ifPresent(x -> status.set(() -> i18n.get("coverage.status.stopped", x.done(), x.total())));
            }
        }, e -> { });
    }

    private void checkUnfinished(ScanFolder f) {
        long mine = ++checking;
        runner.run(f::unfinished, u -> {
            if (mine == checking && state.get() == State.IDLE) {
                unfinished.set(u.orElse(null));
            }
        }, e -> { });
    }

    /** Starts a new scan of the selected pool, dropping an unfinished one. */
    public void start() {
        scan(false);
    }

    /** Continues the unfinished scan of the selected pool where it stopped. */
    public void resume() {
        scan(true);
    }

    private void scan(boolean resume) {
        if (!canStart.get()) {
            return;
        }
        Optional<LookupTarget> t = target.get();
        if (t.isEmpty()) {
            return;
        }
        ScanFolder f = folderOf(t.get().credentials());
        CoverageScan scan;
        try {
            scan = CoverageScan.create(t.get().credentials(), new ScanSettings(f, clampedRate(), resume));
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            status.set(() -> why);
            return;
        }
        ++checking;
        ++reading;
        folder = f;
        folderTarget = t.get();
        running = scan;
        result = null;
        unfinished.set(null);
        summary.set(null);
        rows.clear();
        matching.set(0);
        progress.set(null);
        banner.clear();
        status.set(() -> i18n.get("coverage.status.starting"));
        state.set(State.SCANNING);
        runner.run(() -> scan.run(new Coalescing()), r -> finished(scan, r), e -> stopped(scan, f, e));
    }

    /** Hands the latest progress to the UI thread, with at most one hand-over waiting at any time. */
    private final class Coalescing implements ScanListener {
        private final AtomicReference<ScanProgress> latest = new AtomicReference<>();

        @Override
        public void progress(ScanProgress p) {
            if (latest.getAndSet(p) == null) {
                runner.uiThread().execute(() -> {
                    ScanProgress now = latest.getAndSet(null);
                    if (now != null && state.get() != State.IDLE) {
                        if (progress.get() == null) {
                            status.set(() -> "");
                        }
                        progress.set(now);
                    }
                });
            }
        }
    }

    /** Stops the running scan soon (Cancel, Esc, closing the window); its checkpoint stays for Resume. */
    public void cancel() {
        if (running != null && state.get() == State.SCANNING) {
            state.set(State.CANCELLING);
            running.cancel();
        }
    }

    private void finished(CoverageScan scan, ReportResult r) {
        if (scan != running) {
            return;
        }
        running = null;
        state.set(State.IDLE);
        showResult(r);
        ScanSummary s = r.summary();
        logScan(folderTarget, s.host(), s.userPoolId(), s.scanned(), LookupOutcome.found());
        status.set(() -> i18n.get("coverage.status.done", s.scanned(),
                TimeText.dateTime(s.finished().orElse(Instant.now()), zone)));
    }

    private void stopped(CoverageScan scan, ScanFolder f, Exception e) {
        if (scan != running) {
            return;
        }
        running = null;
        state.set(State.IDLE);
        if (!(e instanceof ScanException se)) {
            checkUnfinished(f);
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
            return;
        }
        ScanException.Reason reason = se.reason();
        ScanProgress p = progress.get();
        long done = p == null ? 0 : p.done();
        long total = p == null ? 0 : p.total();
        status.set(() -> i18n.get("coverage.status.stopped", done, total));
        checkUnfinishedAndSayWhere(f);
        String host = folderTarget.credentials().host().baseUrl();
        String poolId = folderTarget.credentials().userPoolId();
        if (reason == ScanException.Reason.CANCELLED) {
            logScan(folderTarget, host, poolId, done, LookupOutcome.failed(ErrorCategory.CANCELLED));
            return;
        }
        se.serverFailure().ifPresent(g -> logScan(folderTarget, host, poolId, done, LookupOutcome.failed(g.category())));
        if (se.serverFailure().isPresent()) {
            banner.showError(se.serverFailure().get(), this::resume, LookupViewModel.ERROR_CONTEXT);
        } else {
            String detail = String.valueOf(se.getMessage());
            banner.showMessage(() -> i18n.get("coverage.error." + reason.name(), detail));
        }
    }

    private void showResult(ReportResult r) {
        result = r;
        summary.set(r.summary());
        reloadRows();
    }

    /** Reads the rows matching the filters (the first {@link #WINDOW_ROWS}); a newer read wins over one still running. */
    private void reloadRows() {
        ReportResult r = result;
        if (r == null) {
            return;
        }
        long mine = ++reading;
        RowFilter f = filter();
        runner.run(() -> r.page(f, 0, WINDOW_ROWS), (ResultPage page) -> {
            if (mine == reading) {
                rows.setAll(page.rows());
                matching.set(page.matching());
            }
        }, e -> {
            if (mine == reading) {
                rows.clear();
                matching.set(0);
                String why = String.valueOf(e.getMessage());
                status.set(() -> i18n.get("coverage.read.failed", r.rowsFile(), why));
            }
        });
    }

    /** The table's filters: the chosen category (all when none) and the text. */
    public RowFilter filter() {
        Category c = category.get();
        return new RowFilter(c == null ? EnumSet.allOf(Category.class) : EnumSet.of(c), text.get());
    }

    /**
     * Writes the rows matching the table's filters to {@code file}, masked unless {@code unmasked}
     * (the person confirmed that the file holds personal data), and notes it in the lookup log.
     */
    public void export(Path file, ExportFormat format, boolean unmasked) {
        ReportResult r = result;
        if (r == null || exporting.get()) {
            return;
        }
        RowFilter f = filter();
        Category c = category.get();
        LookupTarget t = folderTarget;
        Path where = file.toAbsolutePath();
        exporting.set(true);
        status.set(() -> i18n.get("coverage.export.running", where));
        runner.run(() -> {
            r.export(where, format, f, unmasked);
            return r.page(f, 0, 0).matching();
        }, n -> {
            exporting.set(false);
            ScanSummary s = r.summary();
            note(t, new ReportRun(s.host(), s.userPoolId(), where.toString(), format.name().toLowerCase(Locale.ROOT),
                    !unmasked, rowsOf(f, c), s.scanned()), LookupOutcome.found());
            status.set(() -> i18n.get(unmasked ? "coverage.export.doneUnmasked" : "coverage.export.done", n, where));
        }, e -> {
            exporting.set(false);
            String why = e instanceof IOException ? String.valueOf(e.getMessage()) : e.toString();
            status.set(() -> i18n.get("coverage.export.failed", where, why));
        });
    }

    /** Notes a scan that ended, complete or stopped, in the lookup log (in the background). */
    private void logScan(LookupTarget t, String host, String poolId, long scanned, LookupOutcome outcome) {
        note(t, new ReportRun(host, poolId, "", "", true, "", scanned), outcome);
    }

    private void note(LookupTarget t, ReportRun run, LookupOutcome outcome) {
        String profile = t == null ? "" : t.profileName();
        runner.run(() -> log.appendReport(profile, run, outcome), entry -> onLogged.run(), e -> {
            String why = String.valueOf(e.getMessage());
            banner.showMessage(() -> i18n.get("lookup.log.failed", why));
        });
    }

    /** Which rows an export holds, for the log: the category or all, and whether a text narrowed them (not the text). */
    private static String rowsOf(RowFilter f, Category c) {
        return (c == null ? "all" : c.wireName()) + (f.text().isEmpty() ? "" : " (text filter)");
    }

    /** Opens the user of a row in the look-up's case view. */
    public void openUser(ReportRow row) {
        if (row != null && !row.userId().isEmpty()) {
            onOpenUser.accept(row.userId());
        }
    }

    /** Drops a result or offer that belongs to another pool (another profile or credentials). */
    private void forgetFolder() {
        ++checking;
        ++reading;
        folder = null;
        folderTarget = null;
        result = null;
        unfinished.set(null);
        summary.set(null);
        progress.set(null);
        rows.clear();
        matching.set(0);
        status.set(() -> "");
    }

    private ScanFolder folderOf(ManagementCredentials c) {
        return ScanFolder.of(reportsRoot, c.host(), c.userPoolId());
    }

    private int clampedRate() {
        return Math.max(ScanSettings.MIN_RATE, Math.min(ScanSettings.MAX_RATE, rate.get()));
    }

    private String describeProgress() {
        ScanProgress p = progress.get();
        return p == null ? "" : describe(p);
    }

    /** A progress in words; before the speed is known (a scan just started or resumed), no speed and no time left. */
    String describe(ScanProgress p) {
        String slowed = p.rateLimited() == 0 ? "" : " " + i18n.get("coverage.progress.rateLimited", p.rateLimited(),
                String.format(i18n.locale(), "%.0f", p.requestsPerSecond()));
        if (p.usersPerSecond() <= 0) {
            return i18n.get("coverage.progress.measuring", p.done(), p.total(), p.failures()) + slowed;
        }
        String eta = p.eta().map(d -> d.toHours() > 0 ? i18n.get("coverage.progress.eta.hours", d.toHours(), d.toMinutesPart())
                        : d.toMinutes() > 0 ? i18n.get("coverage.progress.eta.minutes", d.toMinutes(), d.toSecondsPart())
                        : i18n.get("coverage.progress.eta.seconds", d.toSeconds()))
                .orElse(i18n.get("coverage.progress.etaUnknown"));
        String rateText = String.format(i18n.locale(), "%.1f", p.usersPerSecond());
        return i18n.get("coverage.progress", p.done(), p.total(), rateText, eta, p.failures()) + slowed;
    }

    /** A category's name in the current language. */
    public String categoryName(Category c) {
        return c == null ? i18n.get("coverage.category.all") : i18n.get("coverage.category." + c.name());
    }

    /** A category's name in a table cell ({@code Strong}; the full name is in its tooltip). */
    public String categoryShortName(Category c) {
        return i18n.get("coverage.categoryShort." + c.name());
    }

    /** A row's last sign-in, local time; empty when the user never signed in. */
    public String lastLogin(ReportRow row) {
        return row.lastLogin().map(t -> TimeText.plain(t, zone)).orElse("");
    }

    /** A time with its zone, {@code 2026-11-30 14:03:22 GMT+8}. */
    public String time(Instant t) {
        return TimeText.dateTime(t, zone);
    }

    /** The local zone's short name now, for the last sign-in column's header. */
    public String zoneName() {
        return TimeText.zone(zone, Instant.now());
    }

    /** A row's account status in a word ({@code Active}); a status GenAuth added later as sent. */
    public String statusWord(ReportRow row) {
        AccountStatus a = AccountStatus.of(row.status());
        return a == AccountStatus.OTHER || a == AccountStatus.UNKNOWN ? row.status() : i18n.get("coverage.status." + a.name());
    }

    /** A row's account status with what it means for signing in, as the case view says it. */
    public String statusSentence(ReportRow row) {
        AccountStatus a = AccountStatus.of(row.status());
        return a == AccountStatus.OTHER || a == AccountStatus.UNKNOWN ? row.status() : i18n.get("case.status." + a.name());
    }

    /** Yes / no / unknown for one MFA type of a row. */
    public String bound(Boolean b) {
        return i18n.get(b == null ? "coverage.bound.unknown" : b ? "coverage.bound.yes" : "coverage.bound.no");
    }

    public void setOnOpenUser(Consumer<String> action) {
        this.onOpenUser = action;
    }

    /** Called on the UI thread after a report or export was noted in the lookup log. */
    public void setOnLogged(Runnable action) {
        this.onLogged = action;
    }

    public IntegerProperty rateProperty() {
        return rate;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** The unfinished scan of the selected pool, to offer resuming it; null when there is none. */
    public ReadOnlyObjectProperty<UnfinishedScan> unfinishedProperty() {
        return unfinished.getReadOnlyProperty();
    }

    public StringBinding unfinishedTextProperty() {
        return unfinishedText;
    }

    public ReadOnlyObjectProperty<ScanProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public StringBinding progressTextProperty() {
        return progressText;
    }

    /** The shown report's summary; null while none is shown. */
    public ReadOnlyObjectProperty<ScanSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "User pool ...: 2,408 of 2,408 users scanned, finished ...". */
    public StringBinding summaryTextProperty() {
        return summaryText;
    }

    /** How many users have no MFA, only weak factors, or could not be read. */
    public StringBinding riskTextProperty() {
        return riskText;
    }

    /** The category the table shows; null for all. */
    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    /** Text the user id, username, email or phone of a shown row contains. */
    public StringProperty textProperty() {
        return text;
    }

    /** The first {@link #WINDOW_ROWS} rows matching the filters. */
    public ObservableList<ReportRow> rows() {
        return rows;
    }

    /** How many rows match the filters in all. */
    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** "Showing 1,000 of 23,456 ..." under the table. */
    public StringBinding windowTextProperty() {
        return windowText;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** How the last scan, read or export went. */
    public StringBinding statusProperty() {
        return statusText;
    }
}
