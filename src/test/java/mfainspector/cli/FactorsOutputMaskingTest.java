package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import org.junit.jupiter.api.Test;

/** The commands' tables mask a phone and an email exactly as the window does ({@code MaskingEverywhereTest}). */
class FactorsOutputMaskingTest {

    @Test
    void theFactorsTableMasksThePhoneWithItsCountryCodeApart() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Factor sms = new Factor("f1", FactorType.SMS, Map.of("phoneCountryCode", "+1", "phoneNumber", "2025550103"));
        Factor email = new Factor("f2", FactorType.EMAIL, Map.of("email", "carol@example.com"));
        FactorsOutput.write(OutputFormat.TABLE, List.of(sms, email), List.of(), "carol",
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("+1 202****0103", "c***@example.com")
                .doesNotContain("2025550103", "carol@example.com");
    }
}
