package mfainspector.lookup;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mfainspector.settings.AppendOnlyLog;
import mfainspector.settings.AtomicFile;
import mfainspector.settings.SettingsLocation;
import mfainspector.text.Csv;

/**
 * Who looked up which user, and when: {@code <settings folder>/lookups.log}, one JSON line per
 * look-up ({@link LookupLogFormat}), owner-only, rotated at 1 MiB into {@code lookups.log.1} to
 * {@code .5}. It holds identifiers masked only, and never a secret: {@link #append} takes the
 * {@link Identifier} and masks it itself. Thread-safe, and safe with other running instances.
 */
public final class LookupLog {

    public static final String FILE_NAME = "lookups.log";
    static final long MAX_BYTES = 1 << 20;
    static final int KEEP = 5;

    private final AppendOnlyLog store;
    private final Clock clock;
    private final String osAccount;

    /** The log in {@code settingsDir}; times in UTC, date filters in the system's time zone. */
    public LookupLog(Path settingsDir) {
        this(settingsDir, MAX_BYTES, KEEP, Clock.systemDefaultZone(), System.getProperty("user.name", ""));
    }

    LookupLog(Path settingsDir, long maxBytes, int keep, Clock clock, String osAccount) {
        this.store = new AppendOnlyLog(settingsDir.resolve(FILE_NAME), maxBytes, keep);
        this.clock = clock;
        this.osAccount = osAccount;
    }

    /** The log in {@link SettingsLocation#defaultDir()}. */
    public static LookupLog atDefaultLocation() {
        return new LookupLog(SettingsLocation.defaultDir());
    }

    public Path file() {
        return store.file();
    }

    /**
     * Records one look-up now (to the second), by this OS account.
     *
     * @param ticket what the agent typed, or null; stored as {@link TicketNumber#sanitize} leaves it
     * @return the entry as written
     */
    public LookupLogEntry append(String profile, Identifier identifier, LookupOutcome outcome, String ticket)
            throws IOException {
        return append(profile, identifier, outcome, ticket, List.of(), Optional.empty());
    }

    /**
     * Records one look-up or check of the caller now, with GenAuth's request ids of the calls made.
     *
     * @param requestIds   the calls' request ids (never a token or secret), empty when none came
     * @param verification the check of the caller, when this entry notes one
     * @return the entry as written
     */
    public LookupLogEntry append(String profile, Identifier identifier, LookupOutcome outcome, String ticket,
            List<String> requestIds, Optional<CallerVerification> verification) throws IOException {
        LookupLogEntry entry = new LookupLogEntry(clock.instant().truncatedTo(ChronoUnit.SECONDS), osAccount, profile,
                identifier.type(), identifier.masked(), outcome, TicketNumber.sanitize(ticket), requestIds, verification);
        store.append(LookupLogFormat.line(entry));
        return entry;
    }

    // --- Coverage report ---

    /**
     * Records a coverage report run now, by this OS account: which pool, which export, with the
     * outcome (found when complete, else the error category that stopped it).
     */
    public LookupLogEntry appendReport(String profile, ReportRun run, LookupOutcome outcome) throws IOException {
        LookupLogEntry entry = new LookupLogEntry(clock.instant().truncatedTo(ChronoUnit.SECONDS), osAccount, profile,
                UserIdType.USER_ID, "", outcome, "", List.of(), Optional.empty(), Optional.of(run));
        store.append(LookupLogFormat.line(entry));
        return entry;
    }

    /**
     * The entries, oldest first, across the current and rotated files.
     *
     * @param from         first day to include (in the clock's time zone), or null for no lower bound
     * @param to           last day to include, or null for no upper bound
     * @param ticketFilter part of the ticket number, any case; null or blank for every entry
     */
    public Reading read(LocalDate from, LocalDate to, String ticketFilter) throws IOException {
        String wanted = TicketNumber.sanitize(ticketFilter).toLowerCase(Locale.ROOT);
        List<LookupLogEntry> entries = new ArrayList<>();
        int skipped = 0;
        for (String line : store.readLines()) {
            Optional<LookupLogEntry> parsed = LookupLogFormat.parse(line);
            if (parsed.isEmpty()) {
                skipped++;
                continue;
            }
            LookupLogEntry e = parsed.get();
            LocalDate day = LocalDate.ofInstant(e.time(), clock.getZone());
            if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))
                    && e.ticket().toLowerCase(Locale.ROOT).contains(wanted)) {
                entries.add(e);
            }
        }
        return new Reading(List.copyOf(entries), skipped);
    }

    /** The entries as CSV (RFC 4180, CRLF, a header line), cells that could run as a formula neutralised. */
    public static void exportCsv(List<LookupLogEntry> entries, Writer out) throws IOException {
        out.write(Csv.line(List.of("time", "osAccount", "profile", "identifierType", "identifier", "outcome",
                "errorCategory", "ticket", "callerCheck", "callerCheckMethod", "requestIds", "report")));
        for (LookupLogEntry e : entries) {
            out.write(Csv.line(List.of(e.time().toString(), e.osAccount(), e.profile(), e.identifierType().wireName(),
                    e.maskedIdentifier(), e.outcome().kindName(),
                    e.outcome().error().map(Enum::name).orElse(""), e.ticket(),
                    e.verification().map(v -> v.outcome().wireName()).orElse(""),
                    e.verification().map(CallerVerification::method).orElse(""), String.join(" ", e.requestIds()),
                    e.report().map(ReportRun::describe).orElse(""))));
        }
        out.flush();
    }

    /**
     * Writes the entries as CSV to {@code file}, owner-only (600 on POSIX, like the log) and
     * whole or not at all: a temporary file in the same folder, renamed over {@code file}.
     */
    public static void exportCsv(List<LookupLogEntry> entries, Path file) throws IOException {
        StringWriter csv = new StringWriter();
        exportCsv(entries, csv);
        new AtomicFile().write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What {@link #read} found: the matching entries and how many lines were not readable entries. */
    public record Reading(List<LookupLogEntry> entries, int skippedLines) {
    }
}
