package mfainspector.report;

import java.io.IOException;
import java.nio.file.Path;
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

    /** The folder of the scan of {@code userPoolId} on {@code host} under {@code root}; not created yet. */
    public static ScanFolder of(Path root, HostAddress host, String userPoolId) {
        throw new UnsupportedOperationException();
    }

    /** A folder given as is (tests, a folder chosen by the person). */
    public static ScanFolder at(Path dir) {
        return new ScanFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    /**
     * The scan in this folder that stopped before it was complete, to offer resuming it; empty
     * when there is none (never started, or complete). Reads the checkpoint only: quick.
     */
    public Optional<UnfinishedScan> unfinished() throws IOException {
        throw new UnsupportedOperationException();
    }

    /** The complete result in this folder, to show or export; empty when the scan is not complete. */
    public Optional<ReportResult> result() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
