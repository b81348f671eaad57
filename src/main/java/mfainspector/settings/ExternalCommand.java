package mfainspector.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a command-line tool of the OS secret store with data on standard input (never a secret in
 * the arguments, which other processes can read) and a time limit: a locked keyring may show an
 * unlock prompt and wait for a person.
 */
final class ExternalCommand {

    record Result(int exitCode, byte[] stdout, String stderr) {
        String firstErrorLine() {
            String s = stderr.strip();
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }

    private static final Executor DAEMON_THREADS = r -> {
        Thread t = new Thread(r, "secret-store-io");
        t.setDaemon(true);
        t.start();
    };

    private ExternalCommand() {
    }

    /** @throws TimeoutException when the tool did not finish in time; it is killed */
    static Result run(List<String> argv, Map<String, String> env, byte[] stdin, Duration timeout)
            throws IOException, TimeoutException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()), DAEMON_THREADS);
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()), DAEMON_THREADS);
        CompletableFuture.runAsync(() -> feed(p.getOutputStream(), stdin), DAEMON_THREADS);
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TimeoutException();
            }
            return new Result(p.exitValue(), out.get(timeout.toMillis(), TimeUnit.MILLISECONDS),
                    new String(err.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8));
        } catch (ExecutionException e) {
            throw new IOException("Could not read the output of " + argv.get(0), e.getCause());
        } finally {
            if (p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0]; // stream closed when the process was killed
        }
    }

    private static void feed(OutputStream in, byte[] data) {
        try (in) {
            in.write(data);
        } catch (IOException e) {
            // the tool exited without reading its input; its exit code says what went wrong
        }
    }
}
