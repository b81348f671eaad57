package mfainspector.lookup;

import java.util.Objects;

/**
 * A coverage report run, as the lookup log notes it: against which host and pool, which export
 * (file, format, masked or not, which rows) and how many users were scanned. No user's details.
 *
 * @param exportPath the file written, empty when none was (a scan that stopped, a window without export)
 * @param rows       which rows the export holds: {@code all}, {@code no-mfa}, {@code weak}, {@code unknown}
 */
public record ReportRun(String host, String userPoolId, String exportPath, String format, boolean masked,
        String rows, long scanned) {

    public ReportRun {
        Objects.requireNonNull(host, "host");
        userPoolId = userPoolId == null ? "" : userPoolId;
        exportPath = exportPath == null ? "" : exportPath;
        format = format == null ? "" : format;
        rows = rows == null ? "" : rows;
    }

    /** One line for the log's CSV export. */
    public String describe() {
        return "report " + host + " pool " + userPoolId + (exportPath.isEmpty() ? ""
                : " -> " + exportPath + " (" + format + ", " + (masked ? "masked" : "UNMASKED") + ", " + rows + ")")
                + ", " + scanned + " users";
    }
}
