package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertThat(FactorsOutput.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(FactorsOutput.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(FactorsOutput.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void neutralisesSpreadsheetFormulasButKeepsCountryCodes() {
        assertThat(FactorsOutput.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(FactorsOutput.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(FactorsOutput.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(FactorsOutput.cell("+86")).isEqualTo("+86");
        assertThat(FactorsOutput.cell("plain")).isEqualTo("plain");
    }
}
