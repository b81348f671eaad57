package mfainspector.report;

import java.util.List;

/** Some rows of a result, and how many rows match the filter in all (for the table's size and pager). */
public record ResultPage(List<ReportRow> rows, long matching) {

    public ResultPage {
        rows = List.copyOf(rows);
    }
}
