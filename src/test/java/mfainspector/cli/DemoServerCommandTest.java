package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DemoServerCommandTest {

    @Test
    void printsCredentialsServesUntilStoppedThenFreesThePort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CountDownLatch stop = new CountDownLatch(1);
        int chosen = port;
        CompletableFuture<CommandRun> run = CompletableFuture.supplyAsync(
                () -> CommandRun.run("", Map.of(), stop, "demo-server", "--port", String.valueOf(chosen)));
        waitUntilListening(port);
        stop.countDown();
        CommandRun r = run.get(10, TimeUnit.SECONDS);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("URL: http://127.0.0.1:" + port, "App ID (client_secret_post): ",
                "App secret (client_secret_post): ", "alice", "Press Ctrl-C to stop.", "Demo tenant stopped.");
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aPortInUseIsAClearFailure() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            CommandRun r = CommandRun.run("", Map.of(), "demo-server", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err()).contains("could not start", "--port");
        }
    }

    @Test
    void aBadPortIsAUsageError() {
        assertThat(CommandRun.run("", Map.of(), "demo-server", "--port", "http").exitCode()).isEqualTo(2);
    }

    private static void waitUntilListening(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("demo-server did not listen on " + port);
    }
}
