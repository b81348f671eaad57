package mfainspector.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;

/** Scans of a demo tenant at scale, over real sockets, with a small paging cap so that partitioning is exercised. */
final class ScanFixture {

    /** The demo tenant's named users, listed besides the synthetic ones. */
    static final int NAMED_USERS = 8;

    private ScanFixture() {
    }

    static DemoTenant tenant(DemoScale scale) throws IOException {
        return DemoTenant.start(DemoOptions.defaults(), scale);
    }

    static ManagementCredentials credentials(DemoTenant tenant) {
        return new ManagementCredentials(HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(),
                tenant.userPoolSecret(), Lang.EN_US);
    }

    /** A scan as {@link CoverageScan#create} makes one, with the paging cap and retry pause given. */
    static CoverageScan scan(DemoTenant tenant, Path folder, int rate, boolean resume, int pagingCap) {
        ManagementCredentials c = credentials(tenant);
        ManagementClient client = ManagementClient.over(GenAuthClient.builder().maxAttempts(1).build(), c);
        return new CoverageScan(client, c.host().baseUrl(), c.userPoolId(),
                new ScanSettings(ScanFolder.at(folder), rate, resume), pagingCap, Duration.ofMillis(20),
                Clock.systemUTC(), System::nanoTime);
    }

    static List<String> lines(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(ScanFolder.ROWS_FILE));
    }

    /** Every user of the tenant once: no duplicate, no gap. */
    static void assertEveryUserOnce(Path folder, int users) throws IOException {
        List<String> lines = lines(folder);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            ids.add(RowCodec.row(line).userId());
        }
        assertThat(ids).as("distinct users").hasSize(lines.size());
        assertThat(lines).as("rows").hasSize(users + NAMED_USERS);
    }

    static long mfaCalls(DemoTenant tenant) {
        return tenant.served().getOrDefault("GET /api/v3/get-user-mfa-info", 0L);
    }
}
