package mfainspector.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void keepsUsualTicketNumbersAsTyped() {
        assertThat(TicketNumber.sanitize("  INC-0042 ")).isEqualTo("INC-0042");
        assertThat(TicketNumber.sanitize("#4711")).isEqualTo("#4711");
        assertThat(TicketNumber.sanitize("HD/2026:17_a.b")).isEqualTo("HD/2026:17_a.b");
        assertThat(TicketNumber.sanitize("工单 123")).isEqualTo("工单 123");
    }

    @Test
    void dropsLineBreaksSeparatorsQuotesAndFormulaStarts() {
        assertThat(TicketNumber.sanitize("A\r\nB\tC\u2028D")).isEqualTo("A B C D");
        assertThat(TicketNumber.sanitize("=1+2,\"x\";|y")).isEqualTo("12xy");
        assertThat(TicketNumber.sanitize("@SUM(A1)")).isEqualTo("SUMA1");
        assertThat(TicketNumber.sanitize(null)).isEmpty();
        assertThat(TicketNumber.sanitize("\n\t ")).isEmpty();
    }

    @Test
    void isCutToTheMaximumLength() {
        assertThat(TicketNumber.sanitize("9".repeat(500))).hasSize(TicketNumber.MAX_LENGTH);
    }
}
