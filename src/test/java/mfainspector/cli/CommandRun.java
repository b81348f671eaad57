package mfainspector.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** One in-process run of a headless command with given standard input and environment. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun run(String stdin, Map<String, String> env, String... args) {
        return run(stdin, env, new CountDownLatch(0), args);
    }

    static CommandRun run(String stdin, Map<String, String> env, CountDownLatch stop, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        int code = Cli.run(args, console, stop);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String all() {
        return out + err;
    }
}
