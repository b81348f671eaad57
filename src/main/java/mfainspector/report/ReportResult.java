package mfainspector.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mfainspector.factor.Masking;
import mfainspector.settings.AtomicFile;
import mfainspector.text.Csv;
import mfainspector.text.TimeText;

/**
 * A complete scan's result on disk, read back without holding it in memory: the summary, and
 * rows a page at a time. Each {@link #page} call reads the rows file once (a fraction of a second
 * for 100,000 users): call it on a background thread.
 */
public final class ReportResult {

    private final ScanFolder folder;
    private final Checkpoint checkpoint;

    ReportResult(ScanFolder folder, Checkpoint checkpoint) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /** The summary: counts per category, listed and scanned, host, pool, start and end. */
    public ScanSummary summary() {
        return checkpoint.summary();
    }

    /** The rows file in the scan folder. */
    public Path rowsFile() {
        return folder.rowsFile();
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of those matching {@code filter}, and how many match. */
    public ResultPage page(RowFilter filter, long offset, int limit) throws IOException {
        List<ReportRow> out = new ArrayList<>();
        long matching = 0;
        try (BufferedReader in = reader()) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                ReportRow r = RowCodec.row(line);
                if (filter.test(r)) {
                    if (matching >= offset && out.size() < limit) {
                        out.add(r);
                    }
                    matching++;
                }
            }
        }
        return new ResultPage(out, matching);
    }

    /**
     * Writes the rows matching {@code filter} to {@code out} atomically (a temporary file in the
     * same folder renamed over it once whole), owner-only. Email and phone masked unless
     * {@code unmasked}: an unmasked export is personal data, say so before making one. The scan
     * is then noted as exported: a resume starts a new scan rather than hand this one out again.
     *
     * @return how many rows the file holds
     */
    public long export(Path out, ExportFormat format, RowFilter filter, boolean unmasked) throws IOException {
        long[] written = new long[1];
        AtomicFile atomic = new AtomicFile();
        atomic.write(out.toAbsolutePath(), ch -> {
            OutputStream os = Channels.newOutputStream(ch);
            written[0] = format == ExportFormat.CSV ? writeCsv(os, filter, unmasked) : writeJson(os, filter, unmasked);
        });
        if (!checkpoint.exported()) {
            try {
                atomic.write(folder.checkpointFile(), checkpoint.markedExported().toJson());
            } catch (IOException e) {
                // The report is written; at worst a later resume writes this result again instead of scanning anew.
            }
        }
        return written[0];
    }

    private long writeCsv(OutputStream os, RowFilter filter, boolean unmasked) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        ScanSummary s = summary();
        w.write("# MFA coverage report\r\n");
        w.write("# host: " + oneLine(s.host()) + "\r\n");
        w.write("# user pool: " + oneLine(s.userPoolId()) + "\r\n");
        w.write("# scan started: " + TimeText.utc(s.started()) + ", finished: "
                + s.finished().map(TimeText::utc).orElse("not finished") + "\r\n");
        w.write("# users listed: " + s.listed() + ", scanned: " + s.scanned() + "\r\n");
        StringBuilder counts = new StringBuilder("# ");
        for (Category c : Category.values()) {
            counts.append(counts.length() > 2 ? ", " : "").append(c.wireName()).append(": ").append(s.count(c));
        }
        w.write(counts + "\r\n");
        w.write("# rows: " + describe(filter) + "; email and phone "
                + (unmasked ? "NOT masked: personal data, keep it safe" : "masked") + "\r\n");
        w.write(Csv.line(List.of("userId", "username", "email", "phone", "status", "lastLogin", "sms", "emailMfa",
                "otp", "face", "category", "reason")));
        long n = 0;
        try (BufferedReader in = reader()) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                ReportRow r = RowCodec.row(line);
                if (filter.test(r)) {
                    w.write(Csv.line(List.of(r.userId(), r.username(), email(r, unmasked), phone(r, unmasked),
                            r.status(), r.lastLogin().map(TimeText::utc).orElse(""), yesNo(r.smsMfa()),
                            yesNo(r.emailMfa()), yesNo(r.otpMfa()), yesNo(r.faceMfa()), r.category().wireName(),
                            r.reason())));
                    n++;
                }
            }
        }
        w.flush();
        return n;
    }

    private long writeJson(OutputStream os, RowFilter filter, boolean unmasked) throws IOException {
        ScanSummary s = summary();
        long n = 0;
        try (JsonGenerator g = RowCodec.JSON.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeObjectFieldStart("report");
            g.writeStringField("host", s.host());
            g.writeStringField("userPoolId", s.userPoolId());
            g.writeStringField("started", TimeText.utc(s.started()));
            g.writeStringField("finished", s.finished().map(TimeText::utc).orElse(null));
            g.writeNumberField("listed", s.listed());
            g.writeNumberField("scanned", s.scanned());
            g.writeObjectFieldStart("counts");
            for (Category c : Category.values()) {
                g.writeNumberField(c.wireName(), s.count(c));
            }
            g.writeEndObject();
            g.writeStringField("rows", describe(filter));
            g.writeBooleanField("masked", !unmasked);
            g.writeEndObject();
            g.writeArrayFieldStart("users");
            try (BufferedReader in = reader()) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    ReportRow r = RowCodec.row(line);
                    if (!filter.test(r)) {
                        continue;
                    }
                    g.writeStartObject();
                    g.writeStringField("userId", r.userId());
                    g.writeStringField("username", r.username());
                    g.writeStringField("email", email(r, unmasked));
                    g.writeStringField("phone", phone(r, unmasked));
                    g.writeStringField("status", r.status());
                    g.writeStringField("lastLogin", r.lastLogin().map(TimeText::utc).orElse(null));
                    bool(g, "sms", r.smsMfa());
                    bool(g, "emailMfa", r.emailMfa());
                    bool(g, "otp", r.otpMfa());
                    bool(g, "face", r.faceMfa());
                    g.writeStringField("category", r.category().wireName());
                    g.writeStringField("reason", r.reason());
                    g.writeEndObject();
                    n++;
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        os.flush();
        return n;
    }

    private static void bool(JsonGenerator g, String name, Boolean v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeBooleanField(name, v);
        }
    }

    private static String describe(RowFilter filter) {
        if (filter.categories().size() == Category.values().length && filter.text().isEmpty()) {
            return "all users";
        }
        List<String> names = filter.categories().stream().map(Category::wireName).toList();
        return "users in " + String.join(", ", names) + (filter.text().isEmpty() ? "" : " matching \"" + filter.text() + "\"");
    }

    private static String email(ReportRow r, boolean unmasked) {
        return unmasked ? r.email() : r.maskedEmail();
    }

    private static String phone(ReportRow r, boolean unmasked) {
        if (r.phone().isEmpty()) {
            return "";
        }
        return unmasked ? (r.phoneCountryCode().isEmpty() ? "" : r.phoneCountryCode() + " ") + r.phone()
                : Masking.maskPhone(r.phoneCountryCode(), r.phone());
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b ? "yes" : "no";
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]", " ");
    }

    private BufferedReader reader() throws IOException {
        return Files.newBufferedReader(folder.rowsFile(), StandardCharsets.UTF_8);
    }

    /** When the scan finished. */
    public Instant finished() {
        return checkpoint.finished().orElseThrow();
    }
}
