package mfainspector.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Where a command reads and writes: the process's streams and environment, or a test's. */
record Console(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {

    static Console system() {
        return new Console(System.in, System.out, System.err, System.getenv());
    }

    /** Standard input, whole, as UTF-8 (a password or a pasted token; small by nature, capped). */
    String readStdin() throws IOException {
        byte[] bytes = in.readNBytes(1 << 20);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** {@link #readStdin()} for use inside a parser lambda. */
    String readStdinUnchecked() {
        try {
            return readStdin();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("standard input could not be read: " + e.getMessage(), e);
        }
    }

    String env(String name) {
        String v = env.get(name);
        return v == null ? "" : v;
    }
}
