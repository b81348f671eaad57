package mfainspector.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.Secret;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.ReportRun;
import mfainspector.report.Category;
import mfainspector.report.CoverageScan;
import mfainspector.report.ExportFormat;
import mfainspector.report.ReportResult;
import mfainspector.report.RowFilter;
import mfainspector.report.ScanException;
import mfainspector.report.ScanFolder;
import mfainspector.report.ScanListener;
import mfainspector.report.ScanProgress;
import mfainspector.report.ScanSettings;
import mfainspector.report.ScanSummary;
import mfainspector.report.UnfinishedScan;
import mfainspector.settings.SettingsLocation;
import mfainspector.text.TimeText;

/** {@code mfa-inspector report}: the MFA coverage report of a whole user pool, to a CSV or JSON file. */
final class ReportCommand {

    static final String NAME = "report";

    static final String HELP = """
            Usage: mfa-inspector report [--mgmt-host URL] --user-pool-id ID --out FILE [--format csv|json]
                     [--rate N] [--resume] [--only no-mfa|weak|unknown|all] [--unmasked] [--lang en-US|zh-CN]
                     [--verbose]

            Scans every user of the pool with the management credentials and writes which MFA types each
            has bound, and a category: no-mfa, email-only, sms-only, sms-and-email (weak factors only),
            strong (authenticator app or face), unknown (could not be read; the row says why).
              --mgmt-host URL   the Management API address (default https://api.genauth.ai)
              --user-pool-id ID the user pool id
              --out FILE        the report; written only once the scan is complete (whole or not at all)
              --format F        csv (summary as # comment lines, then a row per user) or json (a "report"
                                header object and "users"); default: from FILE's extension, else csv
              --rate N          requests per second for all calls together, 1 to 200 (default 10); a "too
                                many requests" answer slows the scan down, and it speeds up again gradually
              --resume          continue the scan that stopped (Ctrl-C, crash, network): users already
                                scanned are not scanned again. Without it an unfinished scan is started over
              --only W          the rows of the file: all (default), no-mfa, weak (email or SMS only) or
                                unknown; the summary always counts every user
              --unmasked        email and phone in full: personal data, keep the file safe (default masked)
              --lang L          language of the server's messages (default en-US)
              --verbose         add technical detail to errors (never secrets)
            The user pool secret is read from $MFA_INSPECTOR_USER_POOL_SECRET, never from an argument.
            The scan's state is kept in the settings folder (reports/), owner-only. Progress goes to standard
            error, the counts per category to standard output at the end. The run is noted in the lookup log.
            Exit codes: 0 complete, 2 usage error, 3 refused, 4 network, server or disk fault (resume
            with --resume), 5 interrupted (resume with --resume).
            """;

    private static final Set<String> VALUES = Set.of("--mgmt-host", "--user-pool-id", "--out", "--format", "--rate",
            "--only", "--lang");
    private static final Set<String> FLAGS = Set.of("--resume", "--unmasked", "--verbose", "--help");

    private final CountDownLatch stop;

    /** @param stop counted down to interrupt the scan (Ctrl-C, SIGTERM); the checkpoint is kept. */
    ReportCommand(CountDownLatch stop) {
        this.stop = stop;
    }

    int run(List<String> argv, Console console) {
        Request req;
        try {
            LookupCommand.refuseSecretArgument(argv);
            Args args = Args.parse(argv, VALUES, FLAGS);
            if (args.flag("--help")) {
                console.out().print(HELP);
                return ExitCode.OK;
            }
            req = Request.from(args, console);
        } catch (UsageException e) {
            return ErrorReport.usage(e, NAME, console.err());
        }
        PrintStream err = console.err();
        ScanFolder folder = ScanFolder.of(ScanFolder.defaultRoot(console.env()), req.credentials.host(),
                req.credentials.userPoolId());
        try {
            Optional<UnfinishedScan> open = folder.unfinished();
            if (open.isPresent() && !req.resume) {
                err.println("note: the unfinished scan started " + TimeText.utc(open.get().started()) + " ("
                        + open.get().done() + " users done) is started over; --resume continues it instead.");
            } else if (open.isEmpty() && req.resume) {
                Optional<ReportResult> unwritten = folder.unexported();
                err.println(unwritten.isPresent()
                        ? "note: the scan that finished " + TimeText.utc(unwritten.get().finished())
                                + " is complete but its report was not written: writing it now."
                        : "note: no unfinished scan of this pool to resume; starting a new one.");
            }
        } catch (IOException e) {
            err.println("note: the earlier scan's checkpoint could not be read (" + e.getMessage() + ").");
        }
        CoverageScan scan = CoverageScan.create(req.credentials, new ScanSettings(folder, req.rate, req.resume));
        Thread watcher = new Thread(() -> {
            try {
                stop.await();
                scan.cancel();
            } catch (InterruptedException e) {
                // the scan ended first
            }
        }, "report-stop");
        watcher.setDaemon(true);
        watcher.start();
        Progress progress = new Progress(err, System.console() != null && err == System.err);
        ReportResult result;
        try {
            result = scan.run(progress);
        } catch (ScanException e) {
            progress.end();
            watcher.interrupt();
            note(req, null, doneSoFar(folder), LookupOutcome.failed(e.serverFailure().map(g -> g.category())
                    .orElse(e.reason() == ScanException.Reason.CANCELLED ? ErrorCategory.CANCELLED
                            : ErrorCategory.SERVER_ERROR)), console);
            return failed(e, req, err);
        }
        progress.end();
        watcher.interrupt();
        long rows;
        try {
            rows = result.export(req.out, req.format, req.only, req.unmasked);
        } catch (IOException | RuntimeException e) {
            err.println("error: the report could not be written to " + req.out + " (" + e.getMessage() + "). Check"
                    + " the folder's permissions and free space, then run again with --resume: the scan is complete"
                    + " and is not repeated.");
            note(req, null, result.summary().scanned(), LookupOutcome.failed(ErrorCategory.SERVER_ERROR), console);
            return ExitCode.FAILED;
        }
        note(req, req.out, result.summary().scanned(), LookupOutcome.found(), console);
        printSummary(result.summary(), console.out());
        console.out().println("Written: " + req.out.toAbsolutePath() + " (" + req.format.name().toLowerCase(Locale.ROOT)
                + ", " + (req.unmasked ? "NOT masked: personal data" : "masked") + ", " + rows + " rows)");
        if (progress.rateLimited > 0) {
            err.println("The server answered \"too many requests\" " + progress.rateLimited + " times; the scan slowed"
                    + " down each time. A lower --rate avoids it.");
        }
        return ExitCode.OK;
    }

    private static int failed(ScanException e, Request req, PrintStream err) {
        if (e.serverFailure().isPresent() && e.reason() != ScanException.Reason.CANCELLED) {
            err.println("error: the scan stopped; run again with --resume to continue where it stopped.");
            return ErrorReport.print(e.serverFailure().get(), err, req.verbose, LookupCommand.SENTENCES);
        }
        if (e.reason() == ScanException.Reason.CANCELLED) {
            err.println("error: the scan was interrupted; run again with --resume to continue where it stopped.");
            return ExitCode.INTERRUPTED;
        }
        err.println("error: " + e.getMessage());
        return switch (e.reason()) {
            case CANCELLED -> ExitCode.INTERRUPTED;
            case REFUSED -> ExitCode.REFUSED;
            default -> ExitCode.FAILED;
        };
    }

    /** Users on disk of the scan that stopped, for the log. */
    private static long doneSoFar(ScanFolder folder) {
        try {
            return folder.unfinished().map(UnfinishedScan::done).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    static void printSummary(ScanSummary s, PrintStream out) {
        out.println("MFA coverage of user pool " + s.userPoolId() + " at " + s.host());
        out.println("Scan: " + TimeText.utc(s.started()) + " to " + s.finished().map(TimeText::utc).orElse("-")
                + "; users listed " + s.listed() + ", scanned " + s.scanned());
        for (Category c : Category.values()) {
            double pct = s.scanned() == 0 ? 0 : 100.0 * s.count(c) / s.scanned();
            out.printf(Locale.ROOT, "  %-14s %9d  %5.1f%%%n", c.wireName(), s.count(c), pct);
        }
    }

    /** Notes the run in the lookup log; a failure to do so is a warning, the report still counts. */
    private static void note(Request req, Path out, long scanned, LookupOutcome outcome, Console console) {
        LookupLog log = new LookupLog(SettingsLocation.defaultDir(console.env()));
        ReportRun run = new ReportRun(req.credentials.host().baseUrl(), req.credentials.userPoolId(),
                out == null ? "" : out.toAbsolutePath().toString(), req.format.name().toLowerCase(Locale.ROOT),
                !req.unmasked, req.onlyName, scanned);
        try {
            log.appendReport("cli " + req.credentials.host(), run, outcome);
        } catch (IOException | RuntimeException e) {
            console.err().println("warning: the lookup log " + log.file() + " could not be written ("
                    + e.getClass().getSimpleName() + "). Check that folder's permissions and free space.");
        }
    }

    /** Progress on standard error: a bar redrawn in place on a terminal, else a line every five seconds. */
    private static final class Progress implements ScanListener {
        private final PrintStream err;
        private final boolean terminal;
        private long lastLine = Long.MIN_VALUE;
        private boolean drawn;
        private volatile long rateLimited;

        Progress(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void progress(ScanProgress p) {
            rateLimited = p.rateLimited();
            long now = System.nanoTime();
            if (!terminal && now - lastLine < 5_000_000_000L && p.done() < p.total()) {
                return;
            }
            lastLine = now;
            String text = String.format(Locale.ROOT, "%d/%d users, %.1f/s, ETA %s, unknown %d, too many requests %d",
                    p.done(), p.total(), p.usersPerSecond(), p.eta().map(ReportCommand::duration).orElse("-"),
                    p.failures(), p.rateLimited());
            if (terminal) {
                int filled = (int) Math.round(p.fraction() * 30);
                err.print("\r[" + "#".repeat(filled) + ".".repeat(30 - filled) + "] " + text + "   ");
                drawn = true;
            } else {
                err.println("progress: " + text);
            }
            err.flush();
        }

        void end() {
            if (drawn) {
                err.println();
            }
        }
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    /** The validated command line. */
    private record Request(ManagementCredentials credentials, Path out, ExportFormat format, int rate, boolean resume,
                           RowFilter only, String onlyName, boolean unmasked, boolean verbose) {

        static Request from(Args args, Console console) throws UsageException {
            HostAddress host = args.host("--mgmt-host", ManagementCredentials.DEFAULT_HOST);
            String poolId = args.required("--user-pool-id").strip();
            Lang lang = Args.valid(() -> Lang.parse(args.value("--lang").orElse("en-US")));
            Path out = Path.of(args.required("--out").strip());
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new UsageException("The folder of --out does not exist: " + parent);
            }
            if (Files.isDirectory(out)) {
                throw new UsageException("--out names a folder; give a file name");
            }
            String defaultFormat = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "csv";
            ExportFormat format = Args.valid(() -> ExportFormat.parse(args.value("--format").orElse(defaultFormat)));
            int rate = Args.valid(() -> rate(args.value("--rate").orElse(String.valueOf(ScanSettings.DEFAULT_RATE))));
            String onlyName = args.value("--only").orElse("all").strip();
            RowFilter only = Args.valid(() -> RowFilter.only(onlyName));
            Secret secret = Secret.of(console.env(LookupCommand.POOL_SECRET_ENV).strip());
            if (secret.isEmpty()) {
                throw new UsageException("Set the user pool secret in the environment variable "
                        + LookupCommand.POOL_SECRET_ENV);
            }
            return new Request(new ManagementCredentials(host, poolId, secret, lang), out, format, rate,
                    args.flag("--resume"), only, onlyName, args.flag("--unmasked"), args.flag("--verbose"));
        }

        private static int rate(String s) {
            try {
                int r = Integer.parseInt(s.strip());
                if (r >= ScanSettings.MIN_RATE && r <= ScanSettings.MAX_RATE) {
                    return r;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException("--rate takes a number of requests per second from "
                    + ScanSettings.MIN_RATE + " to " + ScanSettings.MAX_RATE);
        }
    }
}
