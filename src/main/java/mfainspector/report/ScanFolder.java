package mfainspector.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import mfainspector.genauth.HostAddress;
import mfainspector.settings.SettingsLocation;

/**
 * Where the scan of one pool keeps its state: {@code <settings folder>/reports/<pool id>-<host hash>/},
 * owner-only. It holds {@code rows.jsonl} (the rows, appended a page at a time) and
 * {@code checkpoint.json} (replaced atomically after each page). One folder per host and pool:
 * a new scan of the same pool starts that folder over.
 */
public final class ScanFolder {

    public static final String ROWS_FILE = "rows.jsonl";
    public static final String CHECKPOINT_FILE = "checkpoint.json";

    private final Path dir;

    private ScanFolder(Path dir) {
        this.dir = dir;
    }

    /** {@code <settings folder>/reports}. */
    public static Path defaultRoot() {
        return SettingsLocation.defaultDir().resolve("reports");
    }

    /** {@code <settings folder>/reports} with the given environment (a headless command's own). */
    public static Path defaultRoot(Map<String, String> env) {
        return SettingsLocation.defaultDir(env).resolve("reports");
    }

    /** The folder of the scan of {@code userPoolId} on {@code host} under {@code root}; not created yet. */
    public static ScanFolder of(Path root, HostAddress host, String userPoolId) {
        String pool = userPoolId.replaceAll("[^A-Za-z0-9_-]", "_");
        if (pool.length() > 64) {
            pool = pool.substring(0, 64);
        }
        return new ScanFolder(root.resolve(pool + "-" + hash(host.baseUrl())));
    }

    /** A folder given as is (tests, a folder chosen by the person). */
    public static ScanFolder at(Path dir) {
        return new ScanFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    Path rowsFile() {
        return dir.resolve(ROWS_FILE);
    }

    Path checkpointFile() {
        return dir.resolve(CHECKPOINT_FILE);
    }

    /** The checkpoint, if a scan was started here. */
    Optional<Checkpoint> checkpoint() throws IOException {
        try {
            return Optional.of(Checkpoint.fromJson(Files.readAllBytes(checkpointFile())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * The scan in this folder that stopped before it was complete, to offer resuming it; empty
     * when there is none (never started, or complete). Reads the checkpoint only: quick.
     */
    public Optional<UnfinishedScan> unfinished() throws IOException {
        return checkpoint().filter(c -> c.finished().isEmpty())
                .map(c -> new UnfinishedScan(c.host(), c.userPoolId(), c.started(), c.done(), Math.max(c.total(), 0)));
    }

    /** The complete result in this folder, to show or export; empty when the scan is not complete. */
    public Optional<ReportResult> result() throws IOException {
        return checkpoint().filter(c -> c.finished().isPresent()).map(c -> new ReportResult(this, c));
    }

    /**
     * The complete result whose report file was never written (its export failed): what a resume
     * hands out instead of scanning anew.
     */
    public Optional<ReportResult> unexported() throws IOException {
        return checkpoint().filter(c -> c.finished().isPresent() && !c.exported()).map(c -> new ReportResult(this, c));
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
