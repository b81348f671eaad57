package mfainspector.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards sharing the file of the settings folder, as windows and the command do. */
class ReplayGuardFileTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:10Z");

    @TempDir
    Path dir;

    @Test
    void guardsOnOneFileAtTheSameMomentLetACodeVerifyOnlyOnce() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Path file = dir.resolve("settings").resolve(ReplayGuard.FILE_NAME);
        List<ReplayGuard> windows = List.of(new ReplayGuard(clock, file), new ReplayGuard(clock, file),
                new ReplayGuard(clock, file), new ReplayGuard(clock, file));
        long step = Totp.step(NOW);
        ExecutorService pool = Executors.newFixedThreadPool(windows.size());
        try {
            for (int round = 0; round < 40; round++) {
                String user = "user-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> firsts = new ArrayList<>();
                for (ReplayGuard g : windows) {
                    Callable<Boolean> mark = () -> {
                        go.await();
                        return g.markUsed(user, step);
                    };
                    firsts.add(pool.submit(mark));
                }
                go.countDown();
                int verified = 0;
                for (Future<Boolean> f : firsts) {
                    verified += f.get() ? 1 : 0;
                }
                assertThat(verified).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.readAllLines(file)).hasSize(40).allMatch(l -> l.matches("[0-9a-f]{64}:\\d+"));
        assertThat(new ReplayGuard(clock, file).isUsed("user-7", step)).as("a later run sees it").isTrue();
    }
}
