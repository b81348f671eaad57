package mfainspector.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FactorTest {

    @Test
    void phoneIsMaskedWithItsCountryCodeAndShownWholeOnlyOnReveal() {
        Factor sms = new Factor("f1", FactorType.SMS, Map.of("phoneNumber", "18812348888", "phoneCountryCode", "+86"));
        assertThat(sms.maskedDetail()).isEqualTo("+86 188****8888");
        assertThat(sms.clearDetail()).isEqualTo("+86 18812348888");
        assertThat(sms.toString()).doesNotContain("18812348888");
    }

    @Test
    void emailKeepsFirstLetterAndDomain() {
        Factor email = new Factor("f2", FactorType.EMAIL, Map.of("email", "jane.doe@example.com"));
        assertThat(email.maskedDetail()).isEqualTo("j***@example.com");
        assertThat(email.toString()).doesNotContain("jane.doe");
    }

    @Test
    void aPasskeyShowsItsCredentialNameAndAFactorWithoutDetailsShowsNothing() {
        Factor passkey = new Factor("f3", FactorType.of("PASSKEY"), Map.of("credentialName", "YubiKey 5C", "authenticatorAttachment", "cross-platform"));
        assertThat(passkey.maskedDetail()).isEqualTo("YubiKey 5C");
        assertThat(passkey.type().kind()).isEqualTo(FactorType.Kind.OTHER);
        assertThat(new Factor("f4", FactorType.OTP, Map.of()).maskedDetail()).isEmpty();
    }

    @Test
    void shortNumbersNeverShowWhole() {
        assertThat(Masking.maskPhone(null, "12345")).isEqualTo("****45");
        assertThat(Masking.maskPhone("1", "1234")).isEqualTo("+1 ****");
    }

    @Test
    void knownTypesParseCaseInsensitivelyAndUnknownOnesKeepTheirName() {
        assertThat(FactorType.of(" sms ")).isEqualTo(FactorType.SMS);
        assertThat(FactorType.of("Passkey").name()).isEqualTo("Passkey");
        assertThat(FactorType.of(null).name()).isEqualTo("UNKNOWN");
    }
}
