package mfainspector.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation by size and several writers at once. */
class LookupLogConcurrencyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-12T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private LookupLog log(long maxBytes, int keep) {
        return new LookupLog(dir, maxBytes, keep, CLOCK, "jdoe");
    }

    @Test
    void rotatesAtTheSizeLimitKeepsNFilesAndReadsAcrossThemOldestFirst() throws IOException {
        LookupLog log = log(600, 2);
        Identifier id = Identifier.of(UserIdType.EMAIL, "carol@example.com");
        for (int i = 1; i <= 20; i++) {
            log.append("p", id, LookupOutcome.found(), "T" + i);
        }

        Path current = dir.resolve(LookupLog.FILE_NAME);
        List<Path> files = List.of(dir.resolve("lookups.log.2"), dir.resolve("lookups.log.1"), current);
        int linesInFiles = 0;
        for (Path f : files) {
            assertThat(f).exists();
            assertThat(Files.size(f)).isPositive().isLessThanOrEqualTo(600);
            linesInFiles += (int) Files.readAllLines(f).size();
        }
        assertThat(dir.resolve("lookups.log.3")).doesNotExist();

        List<String> tickets = LookupLogTest.tickets(log.read(null, null, null));
        // The newest entries survive, in order; the oldest were dropped with the oldest file.
        List<String> expected = IntStream.rangeClosed(21 - linesInFiles, 20).mapToObj(i -> "T" + i).toList();
        assertThat(tickets).isEqualTo(expected).doesNotContain("T1");
        assertThat(linesInFiles).isBetween(3, 19);
    }

    @Test
    void parallelWritersOfTwoInstancesLeaveOnlyWholeLinesAcrossRotations() throws Exception {
        LookupLog first = log(16 * 1024, 100);
        LookupLog second = log(16 * 1024, 100);
        int threads = 4;
        int perThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                LookupLog log = t % 2 == 0 ? first : second;
                String prefix = "W" + t + "-";
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < perThread; i++) {
                        log.append("profile " + "x".repeat(40), Identifier.of(UserIdType.USERNAME, "user" + i),
                                LookupOutcome.found(), prefix + i);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        LookupLog.Reading r = first.read(null, null, null);

        assertThat(r.skippedLines()).isZero();
        assertThat(r.entries()).hasSize(threads * perThread);
        assertThat(LookupLogTest.tickets(r)).doesNotHaveDuplicates();
        assertThat(dir.resolve("lookups.log.1")).exists();
    }
}
