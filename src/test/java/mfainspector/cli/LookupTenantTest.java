package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mfainspector.demo.DemoTenant;
import mfainspector.settings.SettingsLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One demo tenant for all tests of a class; runs of {@code lookup} against it with the log in a fresh settings folder. */
abstract class LookupTenantTest {

    static DemoTenant tenant;

    @TempDir
    Path home;

    @BeforeAll
    static void startTenant() throws Exception {
        tenant = DemoTenant.start();
    }

    @AfterAll
    static void closeTenant() {
        tenant.close();
    }

    Map<String, String> env() {
        return env(tenant.userPoolSecret().reveal());
    }

    Map<String, String> env(String poolSecret) {
        Map<String, String> env = new HashMap<>();
        env.put(LookupCommand.POOL_SECRET_ENV, poolSecret);
        env.put(SettingsLocation.HOME_ENV, home.toString());
        return env;
    }

    CommandRun lookup(String... extra) {
        return lookup(env(), extra);
    }

    /** {@code lookup} with the demo tenant's host and user pool id, checked to show no secret. */
    CommandRun lookup(Map<String, String> env, String... extra) {
        List<String> args = new ArrayList<>(List.of("lookup", "--mgmt-host", tenant.baseUrl(), "--user-pool-id", tenant.userPoolId()));
        args.addAll(List.of(extra));
        CommandRun r = CommandRun.run("", env, args.toArray(String[]::new));
        assertNoSecret(r);
        return r;
    }

    /** Neither the pool secret nor a management token (a JWT: "eyJ...") shows on either stream. */
    static void assertNoSecret(CommandRun r) {
        assertThat(r.all()).doesNotContain(tenant.userPoolSecret().reveal(), "eyJ");
    }

    Path logFile() {
        return home.resolve("lookups.log");
    }
}
