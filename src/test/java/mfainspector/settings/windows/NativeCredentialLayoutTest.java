package mfainspector.settings.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Native;
import org.junit.jupiter.api.Test;

/**
 * The JNA structure against the documented layout of {@code CREDENTIALW} on 64-bit Windows
 * (wincred.h): same field offsets and size. JNA computes them with the same alignment rules on
 * 64-bit Linux, so a field left out, added or mistyped fails here before it reaches Windows.
 */
class NativeCredentialLayoutTest {

    @Test
    void credentialMatchesTheCredentialwLayoutOf64BitWindows() {
        assertThat(Native.POINTER_SIZE).isEqualTo(8);
        NativeCredentialManager.Credential c = new NativeCredentialManager.Credential();

        assertThat(c.offsetOf("Flags")).isZero();
        assertThat(c.offsetOf("Type")).isEqualTo(4);
        assertThat(c.offsetOf("TargetName")).isEqualTo(8);
        assertThat(c.offsetOf("Comment")).isEqualTo(16);
        assertThat(c.offsetOf("LastWrittenLow")).isEqualTo(24);
        assertThat(c.offsetOf("CredentialBlobSize")).isEqualTo(32);
        assertThat(c.offsetOf("CredentialBlob")).isEqualTo(40);
        assertThat(c.offsetOf("Persist")).isEqualTo(48);
        assertThat(c.offsetOf("AttributeCount")).isEqualTo(52);
        assertThat(c.offsetOf("Attributes")).isEqualTo(56);
        assertThat(c.offsetOf("TargetAlias")).isEqualTo(64);
        assertThat(c.offsetOf("UserName")).isEqualTo(72);
        assertThat(c.size()).isEqualTo(80);
    }
}
