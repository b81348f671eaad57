package mfainspector.caller;

import java.util.Arrays;

/** RFC 4648 base32 decoding of OTP secrets: any case, spaces and hyphens ignored, padding optional. */
final class Base32 {

    private Base32() {
    }

    /**
     * The bytes of {@code text}; the caller wipes them after use. Throws
     * {@link IllegalArgumentException} with no part of the input in its message when it is not base32.
     */
    static byte[] decode(char[] text) {
        byte[] out = new byte[text.length * 5 / 8 + 1];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        try {
            for (char c : text) {
                if (c == ' ' || c == '-' || c == '=') {
                    continue;
                }
                int v;
                if (c >= 'A' && c <= 'Z') {
                    v = c - 'A';
                } else if (c >= 'a' && c <= 'z') {
                    v = c - 'a';
                } else if (c >= '2' && c <= '7') {
                    v = c - '2' + 26;
                } else {
                    throw new IllegalArgumentException("the secret is not base32");
                }
                buffer = (buffer << 5) | v;
                bits += 5;
                if (bits >= 8) {
                    out[n++] = (byte) (buffer >> (bits - 8));
                    bits -= 8;
                }
            }
            return Arrays.copyOf(out, n);
        } finally {
            Arrays.fill(out, (byte) 0);
            buffer = 0;
        }
    }
}
