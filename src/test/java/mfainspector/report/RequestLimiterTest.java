package mfainspector.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.CancelSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limiter alone (its rate, back-off and recovery on a clock of the test's own), then against the demo tenant's limit. */
class RequestLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void callsAreSpacedEvenlyAtTheRate() {
        RequestLimiter limiter = new RequestLimiter(50, System::nanoTime);
        long start = System.nanoTime();
        for (int i = 0; i < 26; i++) {
            assertThat(limiter.acquire(CancelSignal.none())).isTrue();
            limiter.release();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // 25 gaps of 20 ms
        assertThat(seconds).isBetween(0.48, 0.8);
    }

    @Test
    void aRefusalHalvesTheRateOnceAndItRecoversByATenthEachQuietSecond() {
        AtomicLong now = new AtomicLong(0);
        RequestLimiter limiter = new RequestLimiter(100, now::get);

        limiter.rateLimited(OptionalInt.of(2));
        limiter.rateLimited(OptionalInt.of(2));
        limiter.rateLimited(OptionalInt.empty());
        assertThat(limiter.rate()).as("several calls refused together cut the rate once").isEqualTo(50);
        assertThat(limiter.refused()).isEqualTo(3);

        now.set(SECOND + SECOND / 2);
        limiter.succeeded();
        assertThat(limiter.rate()).as("still within Retry-After").isEqualTo(50);
        now.set(2 * SECOND);
        limiter.succeeded();
        assertThat(limiter.rate()).isEqualTo(60);
        now.set(2 * SECOND + SECOND / 2);
        limiter.succeeded();
        assertThat(limiter.rate()).as("one step a second").isEqualTo(60);
        for (int s = 3; s <= 10; s++) {
            now.set(s * SECOND);
            limiter.succeeded();
        }
        assertThat(limiter.rate()).isEqualTo(100);
        now.set(12 * SECOND);
        limiter.succeeded();
        assertThat(limiter.rate()).as("never above the chosen rate").isEqualTo(100);

        now.set(13 * SECOND);
        limiter.rateLimited(OptionalInt.empty());
        now.set(15 * SECOND);
        limiter.rateLimited(OptionalInt.empty());
        assertThat(limiter.rate()).as("a refusal a second later cuts again").isEqualTo(25);
        limiter.rateLimited(OptionalInt.empty());
        assertThat(limiter.rate()).isEqualTo(25);
    }

    @Test
    void retryAfterHoldsEveryCallBack() {
        RequestLimiter limiter = new RequestLimiter(200, System::nanoTime);
        limiter.rateLimited(OptionalInt.of(1));
        long start = System.nanoTime();
        assertThat(limiter.acquire(CancelSignal.none())).isTrue();
        limiter.release();
        assertThat((System.nanoTime() - start) / 1e9).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aCancelEndsTheWaitAtOnce() {
        RequestLimiter limiter = new RequestLimiter(1, System::nanoTime);
        limiter.rateLimited(OptionalInt.of(30));
        CancelSignal cancel = new CancelSignal();
        new Thread(() -> {
            sleep(100);
            cancel.cancel();
        }).start();
        long start = System.nanoTime();
        assertThat(limiter.acquire(cancel)).isFalse();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
    }

    @Test
    void atTheServersOwnLimitTheScanRunsNearItAndIsHardlyEverRefused() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(500).withRateLimit(100))) {
            long start = System.nanoTime();
            ScanFixture.scan(tenant, dir, 100, false, 10_000).run(ScanListener.none());
            double seconds = (System.nanoTime() - start) / 1e9;

            ScanFixture.assertEveryUserOnce(dir, 500);
            long calls = tenant.served().entrySet().stream().filter(e -> !e.getKey().equals(DemoTenant.RATE_LIMITED))
                    .mapToLong(java.util.Map.Entry::getValue).sum();
            assertThat(tenant.served().getOrDefault(DemoTenant.RATE_LIMITED, 0L)).as("429 answers").isLessThanOrEqualTo(3);
            // generous for a busy test machine; the benchmark measures the real ratio
            assertThat(calls / seconds).as("calls per second").isGreaterThan(75);
        }
    }

    @Test
    void aScanFasterThanTheServersLimitSlowsDownAndStillReadsEveryUser() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(250).withRateLimit(40))) {
            ReportResult result = ScanFixture.scan(tenant, dir, 200, false, 10_000).run(ScanListener.none());

            ScanFixture.assertEveryUserOnce(dir, 250);
            assertThat(result.summary().count(Category.UNKNOWN)).isZero();
            long refused = tenant.served().getOrDefault(DemoTenant.RATE_LIMITED, 0L);
            assertThat(refused).as("429 answers").isPositive();
            long calls = tenant.served().getOrDefault("GET /api/v3/get-user-mfa-info", 0L);
            assertThat(calls).isEqualTo(258);
            // after the first refusals the rate comes down to the server's: far fewer refusals than calls
            assertThat(refused).isLessThan(calls / 2);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
