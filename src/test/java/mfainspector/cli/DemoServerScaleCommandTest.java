package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code demo-server --users --rate-limit --latency-ms --paging-cap}. */
class DemoServerScaleCommandTest {

    @Test
    void servesSyntheticUsersWithALimitAndPrintsWhatItServedWhenStopped() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CountDownLatch stop = new CountDownLatch(1);
        int chosen = port;
        CompletableFuture<CommandRun> run = CompletableFuture.supplyAsync(() -> CommandRun.run("", Map.of(), stop,
                "demo-server", "--port", String.valueOf(chosen), "--users", "100000", "--rate-limit", "3",
                "--latency-ms", "5"));
        int tooMany = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (int sent = 0; sent < 6 && System.nanoTime() < deadline; ) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                        + "/api/v3/get-user?userId=x").toURL().openConnection();
                int status = c.getResponseCode();
                sent++;
                if (status == 429) {
                    tooMany++;
                    assertThat(c.getHeaderField("Retry-After")).isEqualTo("1");
                    try (InputStream in = c.getErrorStream()) {
                        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"statusCode\":429");
                    }
                }
                c.disconnect();
            } catch (IOException notYetListening) {
                Thread.sleep(20);
            }
        }
        stop.countDown();
        CommandRun r = run.get(10, TimeUnit.SECONDS);

        assertThat(r.exitCode()).isZero();
        assertThat(tooMany).isEqualTo(3);
        assertThat(r.out()).contains("Synthetic users: 100,000 (user000000 to user099999")
                .contains("Rate limit: 3 requests/s").contains("first 10000 results")
                .contains("Served: 429 3, GET /api/v3/get-user 3");
    }

    @Test
    void badNumbersAreUsageErrors() {
        for (String[] bad : new String[][] {{"--users", "-1"}, {"--users", "many"}, {"--rate-limit", "-5"},
                {"--latency-ms", "100000"}, {"--paging-cap", "0"}}) {
            CommandRun r = CommandRun.run("", Map.of(), "demo-server", bad[0], bad[1]);
            assertThat(r.exitCode()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(r.err()).contains(bad[0] + " takes a number");
        }
    }
}
