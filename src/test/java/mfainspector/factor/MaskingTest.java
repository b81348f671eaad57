package mfainspector.factor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one masking rule, case by case: every screen, summary, log and command masks through it. */
class MaskingTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // the country code is kept apart, never read as part of the number
        "null | +12025550101     | +1 202****0101",
        "null | +1 2025550101    | +1 202****0101",
        "null | +1 (202) 555-0101 | +1 202****0101",
        "+1   | 2025550101       | +1 202****0101",
        "1    | 2025550101       | +1 202****0101",
        "+1   | +12025550101     | +1 202****0101",
        "+86  | 13800138000      | +86 138****8000",
        "null | +8613800138000   | +86 138****8000",
        "null | +442071838750    | +44 207****8750",
        "null | +3545511234      | +354 ****34",
        // national numbers alone
        "null | 13800138000      | 138****8000",
        "null | 202-555-0101     | 202****0101",
        // short numbers never show whole
        "null | 12345            | ****45",
        "1    | 1234             | +1 ****",
        "null | ''               | ****",
    })
    void phoneNumbers(String countryCode, String number, String masked) {
        assertThat(Masking.maskPhone(countryCode, number)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "carol@example.com  | c***@example.com",
        "Carol Davis        | Carol Davis",
        "+12025550103       | +1 202****0103",
        "+1 202 555 0103    | +1 202****0103",
        "carol              | carol",
        "Room 101           | Room 101",
    })
    void aNameIsKeptAndAnEmailOrPhoneInItsPlaceIsMasked(String value, String shown) {
        assertThat(Masking.maskContact(value)).isEqualTo(shown);
    }
}
