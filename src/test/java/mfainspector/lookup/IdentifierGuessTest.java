package mfainspector.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the search box recognises, and how a typed identifier is normalised before the look-up. */
class IdentifierGuessTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "alice@example.com           | EMAIL",
            "a+b@example.com             | EMAIL",
            "  Li.Lei@mail.example.cn    | EMAIL",
            "alice@localhost             | USERNAME",
            "alice@example.              | USERNAME",
            "@example.com                | USERNAME",
            "alice@.com                  | USERNAME",
            "+8613800000000              | PHONE",
            "13800000000                 | PHONE",
            "+1 (202) 555-0101           | PHONE",
            "202-555-0101                | PHONE",
            "020 7946 0958               | PHONE",
            "123456                      | PHONE",
            "12345                       | USERNAME",
            "1234567890123456            | USERNAME",
            "+86 138 0000 0000 ext       | USERNAME",
            "6651a7c3e9b20d4f6a8c1e01    | USER_ID",
            "6651A7C3E9B20D4F6A8C1E01    | USER_ID",
            "665123456789012345678901    | USER_ID",
            "6651a7c3e9b20d4f6a8c1e0     | USERNAME",
            "6651a7c3e9b20d4f6a8c1e01a   | USERNAME",
            "alice                       | USERNAME",
            "EMP-1001                    | USERNAME",
            "王芳                        | USERNAME"})
    void guessesTheIdentifierType(String typed, UserIdType expected) {
        assertThat(IdentifierGuess.guess(typed)).isEqualTo(expected);
    }

    @Test
    void nothingTypedIsAUsername() {
        assertThat(IdentifierGuess.guess(null)).isEqualTo(UserIdType.USERNAME);
        assertThat(IdentifierGuess.guess("   ")).isEqualTo(UserIdType.USERNAME);
    }

    @ParameterizedTest(name = "''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "+8613800000000       | 13800000000 | +86",
            "+86 138-0000-0000    | 13800000000 | +86",
            "+1 (202) 555-0101    | 2025550101  | +1",
            "+7 912 345 67 89     | 9123456789  | +7",
            "+44 20 7946 0958     | 2079460958  | +44",
            "+852 6123 4567       | 61234567    | +852",
            "+971 50 123 4567     | 501234567   | +971",
            "202.555.0101         | 2025550101  | ''",
            "8613800000000        | 8613800000000 | ''"})
    void phonesLoseSeparatorsAndALeadingCountryCode(String typed, String value, String countryCode) {
        Identifier id = IdentifierGuess.identify(typed);
        assertThat(id.type()).isEqualTo(UserIdType.PHONE);
        assertThat(id.value()).isEqualTo(value);
        assertThat(id.countryCode()).isEqualTo(countryCode);
    }

    @Test
    void aPhoneThatIsOnlyACountryCodeKeepsItsDigits() {
        Identifier id = Identifier.of(UserIdType.PHONE, "+86");
        assertThat(id.value()).isEqualTo("86");
        assertThat(id.countryCode()).isEmpty();
    }

    @Test
    void otherTypesAreOnlyStripped() {
        assertThat(IdentifierGuess.identify("  a+b@example.com ").value()).isEqualTo("a+b@example.com");
        assertThat(Identifier.of(UserIdType.EXTERNAL_ID, " EMP-1001 ")).isEqualTo(
                new Identifier(UserIdType.EXTERNAL_ID, "EMP-1001", ""));
        assertThat(Identifier.of(UserIdType.USERNAME, "li lei").value()).isEqualTo("li lei");
    }

    @Test
    void anOverriddenTypeStillNormalisesForThatType() {
        Identifier id = Identifier.of(UserIdType.PHONE, "+1 202 555 0101");
        assertThat(id.value()).isEqualTo("2025550101");
        Identifier asExternal = Identifier.of(UserIdType.EXTERNAL_ID, "+1 202 555 0101");
        assertThat(asExternal.value()).isEqualTo("+1 202 555 0101");
    }

    @Test
    void toStringAndMaskedShowNoWholeIdentifier() {
        Identifier phone = IdentifierGuess.identify("+86 13800000000");
        Identifier email = IdentifierGuess.identify("alice@example.com");
        Identifier name = IdentifierGuess.identify("alice");
        assertThat(phone.masked()).isEqualTo("+86 138****0000");
        assertThat(email.masked()).isEqualTo("a***@example.com");
        assertThat(name.masked()).isEqualTo("a***e");
        assertThat(phone.toString()).isEqualTo("phone:+86 138****0000").doesNotContain("13800000000");
        assertThat(email.toString()).doesNotContain("alice");
    }

    @Test
    void wireNamesAreTheApisUserIdTypes() {
        assertThat(UserIdType.USER_ID.wireName()).isEqualTo("user_id");
        assertThat(UserIdType.PHONE.wireName()).isEqualTo("phone");
        assertThat(UserIdType.EMAIL.wireName()).isEqualTo("email");
        assertThat(UserIdType.USERNAME.wireName()).isEqualTo("username");
        assertThat(UserIdType.EXTERNAL_ID.wireName()).isEqualTo("external_id");
    }
}
