package mfainspector.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan against the demo tenant: partitioning, categories, resume after every kind of interruption. */
class CoverageScanTest {

    @TempDir
    Path dir;

    @Test
    void scansEveryUserOnceAcrossCreationTimeRangesWhenThePoolIsDeeperThanTheCap() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(730).withPagingCap(100))) {
            List<ScanProgress> progress = new CopyOnWriteArrayList<>();
            AtomicInteger rowsSeen = new AtomicInteger();
            ReportResult result = ScanFixture.scan(tenant, dir, 200, false, 100).run(new ScanListener() {
                @Override
                public void progress(ScanProgress p) {
                    progress.add(p);
                }

                @Override
                public void rows(List<ReportRow> rows) {
                    rowsSeen.addAndGet(rows.size());
                }
            });

            ScanFixture.assertEveryUserOnce(dir, 730);
            ScanSummary s = result.summary();
            assertThat(s.complete()).isTrue();
            assertThat(s.listed()).isEqualTo(738);
            assertThat(s.scanned()).isEqualTo(738);
            assertThat(s.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(738);
            assertThat(s.count(Category.UNKNOWN)).isZero();
            assertThat(rowsSeen.get()).isEqualTo(738);
            assertThat(progress.get(progress.size() - 1).done()).isEqualTo(738);
            assertThat(ScanFixture.mfaCalls(tenant)).as("each user's MFA read once").isEqualTo(738);
            // a realistic spread: every category but unknown is present
            for (Category c : List.of(Category.NO_MFA, Category.EMAIL_ONLY, Category.SMS_ONLY, Category.SMS_AND_EMAIL,
                    Category.STRONG)) {
                assertThat(s.count(c)).as(c.name()).isGreaterThan(10);
            }
            Map<String, Category> named = byUsername(result);
            assertThat(named).containsEntry("alice", Category.STRONG).containsEntry("bob", Category.EMAIL_ONLY)
                    .containsEntry("carol", Category.STRONG).containsEntry("dave", Category.NO_MFA)
                    .containsEntry("erin", Category.STRONG);
        }
    }

    @Test
    void aComputerClockBehindTheServersStillCoversTheNewestUsers() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(60))) {
            ScanFolder folder = ScanFolder.at(dir);
            var c = ScanFixture.credentials(tenant);
            var client = mfainspector.genauth.ManagementClient.over(
                    mfainspector.genauth.GenAuthClient.builder().maxAttempts(1).build(), c);
            // this computer believes it is 2022: every user was created "later"
            CoverageScan scan = new CoverageScan(client, c.host().baseUrl(), c.userPoolId(),
                    new ScanSettings(folder, 200, false), 100, java.time.Duration.ofMillis(20),
                    java.time.Clock.fixed(java.time.Instant.parse("2022-06-01T00:00:00Z"), java.time.ZoneOffset.UTC),
                    System::nanoTime);

            ReportResult result = scan.run(ScanListener.none());

            ScanFixture.assertEveryUserOnce(dir, 60);
            assertThat(result.summary().scanned()).isEqualTo(68);
        }
    }

    @Test
    void theDefaultDemoTenantsNamedUsersAlone() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none())) {
            ReportResult result = ScanFixture.scan(tenant, dir, 50, false, 10_000).run(ScanListener.none());

            ScanFixture.assertEveryUserOnce(dir, 0);
            Map<String, Category> named = byUsername(result);
            assertThat(named).hasSize(8).containsEntry("bob", Category.EMAIL_ONLY).containsEntry("dave", Category.NO_MFA);
            ReportRow alice = result.page(new RowFilter(java.util.EnumSet.allOf(Category.class), "alice"), 0, 5)
                    .rows().get(0);
            assertThat(alice.smsMfa()).isTrue();
            assertThat(alice.otpMfa()).isTrue();
            assertThat(alice.emailMfa()).isFalse();
            assertThat(alice.faceMfa()).isFalse();
            assertThat(alice.phoneCountryCode()).isEqualTo("+1");
            assertThat(alice.lastLogin()).isPresent();
        }
    }

    @Test
    void aUserWhoseStateCannotBeReadIsUnknownWithTheReasonNeverDropped() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(120).withBrokenEvery(30))) {
            ReportResult result = ScanFixture.scan(tenant, dir, 200, false, 100).run(ScanListener.none());

            ScanFixture.assertEveryUserOnce(dir, 120);
            assertThat(result.summary().count(Category.UNKNOWN)).isEqualTo(4);
            List<ReportRow> unknown = result.page(new RowFilter(java.util.EnumSet.of(Category.UNKNOWN), ""), 0, 10).rows();
            assertThat(unknown).hasSize(4).allSatisfy(r -> {
                assertThat(r.reason()).startsWith("server error").contains("statusCode=500");
                assertThat(r.smsMfa()).isNull();
            });
            // each broken user was tried MAX_TRIES times
            assertThat(ScanFixture.mfaCalls(tenant)).isEqualTo(128 + 4 * (CoverageScan.MAX_TRIES - 1));
        }
    }

    @Test
    void cancelledBetweenPagesThenResumedScansNobodyTwice() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(300).withPagingCap(100))) {
            CoverageScan first = ScanFixture.scan(tenant, dir, 200, false, 100);
            AtomicInteger rowsSeen = new AtomicInteger();
            assertThatThrownBy(() -> first.run(new ScanListener() {
                @Override
                public void rows(List<ReportRow> rows) {
                    if (rowsSeen.addAndGet(rows.size()) >= 150) {
                        first.cancel();
                    }
                }
            })).isInstanceOf(ScanException.class)
                    .satisfies(e -> assertThat(((ScanException) e).reason()).isEqualTo(ScanException.Reason.CANCELLED));
            assertThat(ScanFolder.at(dir).unfinished()).hasValueSatisfying(u -> {
                assertThat(u.done()).isEqualTo(rowsSeen.get()).isBetween(150L, 200L);
                assertThat(u.total()).isEqualTo(308);
            });
            assertThat(ScanFolder.at(dir).result()).isEmpty();

            ReportResult result = ScanFixture.scan(tenant, dir, 200, true, 100).run(ScanListener.none());

            ScanFixture.assertEveryUserOnce(dir, 300);
            assertThat(result.summary().scanned()).isEqualTo(308);
            assertThat(ScanFixture.mfaCalls(tenant)).as("at most one page read twice").isLessThanOrEqualTo(308 + 50);
            assertThat(ScanFolder.at(dir).unfinished()).isEmpty();
        }
    }

    @Test
    void cancelledInTheMiddleOfAPageThenResumed() throws Exception {
        // slow answers and a low rate: a page takes over a second, so the cancel lands inside the first one
        try (DemoTenant tenant = DemoTenant.start(mfainspector.demo.DemoOptions.defaults()
                .withResponseDelay(java.time.Duration.ofMillis(30)), DemoScale.none().withUsers(200))) {
            CoverageScan first = ScanFixture.scan(tenant, dir, 40, false, 100);
            AtomicInteger seenInPage = new AtomicInteger();
            assertThatThrownBy(() -> first.run(new ScanListener() {
                @Override
                public void progress(ScanProgress p) {
                    if (p.done() >= 10) {
                        seenInPage.set((int) p.done());
                        first.cancel();
                    }
                }
            })).isInstanceOf(ScanException.class);
            assertThat(seenInPage.get()).isBetween(10, 49);
            assertThat(ScanFolder.at(dir).unfinished().orElseThrow().done()).isZero();
            assertThat(ScanFixture.lines(dir)).as("no row of the unfinished page").isEmpty();

            ScanFixture.scan(tenant, dir, 200, true, 100).run(ScanListener.none());

            ScanFixture.assertEveryUserOnce(dir, 200);
            assertThat(ScanFixture.mfaCalls(tenant)).isLessThanOrEqualTo(208 + 50);
        }
    }

    @Test
    void aCrashInTheMiddleOfWritingAPageLeavesNothingTwice() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(150))) {
            CoverageScan first = ScanFixture.scan(tenant, dir, 200, false, 100);
            AtomicInteger pages = new AtomicInteger();
            assertThatThrownBy(() -> first.run(new ScanListener() {
                @Override
                public void rows(List<ReportRow> rows) {
                    if (pages.incrementAndGet() == 2) {
                        first.cancel();
                    }
                }
            })).isInstanceOf(ScanException.class);
            // As a kill -9 while the next page was being appended would leave it: rows past the checkpoint, the last one torn.
            List<String> kept = ScanFixture.lines(dir);
            Files.writeString(dir.resolve(ScanFolder.ROWS_FILE), kept.get(0) + "\n" + kept.get(1) + "\n{\"userId\":\"7e5",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            ScanFixture.scan(tenant, dir, 200, true, 100).run(ScanListener.none());

            ScanFixture.assertEveryUserOnce(dir, 150);
        }
    }

    @Test
    void withoutResumeAnUnfinishedScanIsStartedOver() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(100))) {
            CoverageScan first = ScanFixture.scan(tenant, dir, 200, false, 100);
            assertThatThrownBy(() -> first.run(new ScanListener() {
                @Override
                public void rows(List<ReportRow> rows) {
                    first.cancel();
                }
            })).isInstanceOf(ScanException.class);

            ScanFixture.scan(tenant, dir, 200, false, 100).run(ScanListener.none());

            ScanFixture.assertEveryUserOnce(dir, 100);
            assertThat(ScanFixture.mfaCalls(tenant)).isGreaterThanOrEqualTo(108 + 50);
        }
    }

    @Test
    void losingTheServerStopsTheScanAndItResumesWhenTheServerIsBack() throws Exception {
        DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(200));
        int port = tenant.port();
        CoverageScan first = ScanFixture.scan(tenant, dir, 100, false, 100);
        AtomicInteger pages = new AtomicInteger();
        try {
            assertThatThrownBy(() -> first.run(new ScanListener() {
                @Override
                public void rows(List<ReportRow> rows) {
                    if (pages.incrementAndGet() == 2) {
                        tenant.close();
                    }
                }
            })).isInstanceOf(ScanException.class)
                    .satisfies(e -> assertThat(((ScanException) e).reason()).isEqualTo(ScanException.Reason.FAULT));
        } finally {
            tenant.close();
        }
        long done = ScanFolder.at(dir).unfinished().orElseThrow().done();
        assertThat(done).isBetween(50L, 150L);
        assertThat(ScanFixture.lines(dir).stream().map(l -> l.contains("\"category\":\"unknown\"")))
                .as("no user marked unknown for a network fault").containsOnly(false);

        try (DemoTenant back = DemoTenant.start(mfainspector.demo.DemoOptions.defaults().withPort(port),
                DemoScale.none().withUsers(200))) {
            ReportResult result = ScanFixture.scan(back, dir, 200, true, 100).run(ScanListener.none());
            ScanFixture.assertEveryUserOnce(dir, 200);
            assertThat(result.summary().count(Category.UNKNOWN)).isZero();
        }
    }

    @Test
    void aSecondScanOfTheSameFolderAtOnceIsRefused() throws Exception {
        try (DemoTenant tenant = ScanFixture.tenant(DemoScale.none().withUsers(100))) {
            CoverageScan first = ScanFixture.scan(tenant, dir, 20, false, 100);
            java.util.concurrent.CompletableFuture<ScanException> running = new java.util.concurrent.CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    first.run(ScanListener.none());
                    running.complete(null);
                } catch (ScanException e) {
                    running.complete(e);
                }
            });
            t.start();
            Thread.sleep(300);

            assertThatThrownBy(() -> ScanFixture.scan(tenant, dir, 20, true, 100).run(ScanListener.none()))
                    .isInstanceOf(ScanException.class)
                    .satisfies(e -> assertThat(((ScanException) e).reason()).isEqualTo(ScanException.Reason.BUSY));
            first.cancel();
            assertThat(running.get().reason()).isEqualTo(ScanException.Reason.CANCELLED);
        }
    }

    private static Map<String, Category> byUsername(ReportResult result) throws Exception {
        return result.page(RowFilter.all(), 0, 10_000).rows().stream()
                .collect(Collectors.toMap(ReportRow::username, ReportRow::category, (a, b) -> a));
    }
}
