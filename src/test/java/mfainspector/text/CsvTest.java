package mfainspector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void neutralisesSpreadsheetFormulasButKeepsCountryCodes() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Csv.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(Csv.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(Csv.cell("+86")).isEqualTo("+86");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void lineJoinsCellsWithCommasAndEndsWithCrLf() {
        assertThat(Csv.line(Arrays.asList("a", "b,c", null, "=1"))).isEqualTo("a,\"b,c\",,'=1\r\n");
    }
}
