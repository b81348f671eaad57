package mfainspector.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 with HMAC-SHA1 against the RFC's own test vectors, and the base32 secrets of authenticator apps. */
class TotpTest {

    /** The SHA-1 seed of RFC 6238 Appendix B: the ASCII digits 1234567890 twice. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T={0}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
        "2000000000, 69279037", "20000000000, 65353130"})
    void rfc6238AppendixBSha1Vectors(long unixTime, String eightDigits) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));

        assertThat(new String(Totp.code(RFC_KEY, step, 8))).isEqualTo(eightDigits);
        assertThat(new String(Totp.code(RFC_KEY, step, 6))).isEqualTo(eightDigits.substring(2));
    }

    @ParameterizedTest(name = "T={0}")
    @CsvSource({"59, 287082", "1111111109, 081804", "1234567890, 005924", "20000000000, 353130"})
    void theSixDigitCodeMatchesAtItsStepAndOneEitherSideOnly(long unixTime, String code) {
        Instant t = Instant.ofEpochSecond(unixTime);
        long step = Totp.step(t);

        assertThat(Totp.matchingStep(RFC_KEY, code.toCharArray(), t)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, code.toCharArray(), t.plusSeconds(30))).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, code.toCharArray(), t.minusSeconds(30))).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, code.toCharArray(), t.plusSeconds(60))).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, code.toCharArray(), t.minusSeconds(60))).isEmpty();
    }

    @Test
    void aNeighbouringCodeDoesNotMatch() {
        Instant t = Instant.ofEpochSecond(1111111111);
        char[] code = Totp.code(RFC_KEY, Totp.step(t), 6);
        code[5] = code[5] == '9' ? '0' : (char) (code[5] + 1);

        assertThat(Totp.matchingStep(RFC_KEY, code, t)).isEmpty();
    }

    @Test
    void base32DecodesTheRfcSeedAndToleratesCaseSpacesAndPadding() {
        // base32 of "12345678901234567890"
        assertThat(Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ".toCharArray())).isEqualTo(RFC_KEY);
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq".toCharArray())).isEqualTo(RFC_KEY);
        assertThat(Base32.decode("MZXW6===".toCharArray())).isEqualTo("foo".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aSecretThatIsNotBase32IsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> Base32.decode("ABC1DEF".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("ABC1DEF");
    }

    @Test
    void theDemoSecretGivesTheCodeAnAuthenticatorAppShows() {
        // alice's demo secret; the code computed independently with Python's hmac for T=1767225600 (2026-01-01)
        byte[] key = Base32.decode("WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV".toCharArray());

        assertThat(new String(Totp.code(key, Totp.step(Instant.ofEpochSecond(1767225600)), 6))).isEqualTo(DEMO_CODE);
    }

    @ParameterizedTest(name = "key of {0} bytes")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 20, 63, 64, 65, 100})
    void theHmacIsTheJdksForShortBlockSizedAndLongKeys(int length) throws Exception {
        byte[] key = new byte[length];
        new java.util.Random(length).nextBytes(key);
        byte[] message = java.nio.ByteBuffer.allocate(8).putLong(56_666_667L).array();
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "RAW"));

        assertThat(Totp.hmacSha1(key, message)).isEqualTo(mac.doFinal(message));
    }

    static final String DEMO_CODE = "515923";
}
