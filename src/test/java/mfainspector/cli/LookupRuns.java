package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mfainspector.demo.DemoTenant;
import mfainspector.settings.SettingsLocation;

/** Runs of {@code lookup} against one demo tenant, with the lookup log in a given settings folder. */
record LookupRuns(DemoTenant tenant, Path home) {

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

    CommandRun lookup(Map<String, String> env, String... extra) {
        List<String> args = new ArrayList<>(List.of("lookup", "--mgmt-host", tenant.baseUrl(), "--user-pool-id", tenant.userPoolId()));
        args.addAll(List.of(extra));
        CommandRun r = CommandRun.run("", env, args.toArray(String[]::new));
        assertNoSecret(r);
        return r;
    }

    /** Neither the pool secret nor a management token (a JWT: "eyJ...") shows on either stream. */
    void assertNoSecret(CommandRun r) {
        assertThat(r.all()).doesNotContain(tenant.userPoolSecret().reveal(), "eyJ");
    }

    Path logFile() {
        return home.resolve("lookups.log");
    }
}
