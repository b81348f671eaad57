package mfainspector.report;

import java.util.List;

/**
 * What a running scan reports. Called on the thread that runs {@link CoverageScan#run}, never on
 * the JavaFX thread: a window hands the values over with {@code Platform.runLater}. A listener
 * must return quickly; it slows the scan down while it runs.
 */
public interface ScanListener {

    /** About twice a second, and once at the end. */
    default void progress(ScanProgress progress) {
    }

    /** Rows just written to disk, a page at a time, in the order of the result file. */
    default void rows(List<ReportRow> rows) {
    }

    /** The listener that ignores everything. */
    static ScanListener none() {
        return new ScanListener() {
        };
    }
}
