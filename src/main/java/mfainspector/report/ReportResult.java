package mfainspector.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A complete scan's result on disk, read back without holding it in memory: the summary, and
 * rows a page at a time. Each {@link #page} call reads the rows file once (about 0.2 s for
 * 100,000 users): call it on a background thread.
 */
public final class ReportResult {

    /** The summary: counts per category, listed and scanned, host, pool, start and end. */
    public ScanSummary summary() {
        throw new UnsupportedOperationException();
    }

    /** The rows file in the scan folder. */
    public Path rowsFile() {
        throw new UnsupportedOperationException();
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of those matching {@code filter}, and how many match. */
    public ResultPage page(RowFilter filter, long offset, int limit) throws IOException {
        throw new UnsupportedOperationException();
    }

    /**
     * Writes the rows matching {@code filter} to {@code out} atomically (a temporary file renamed
     * over it), owner-only. Email and phone masked unless {@code unmasked}: an unmasked export is
     * personal data, say so before making one.
     */
    public void export(Path out, ExportFormat format, RowFilter filter, boolean unmasked) throws IOException {
        throw new UnsupportedOperationException();
    }
}
