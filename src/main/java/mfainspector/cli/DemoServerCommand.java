package mfainspector.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;

/** {@code mfa-inspector demo-server}: runs the built-in demo tenant in the foreground until Ctrl-C or SIGTERM. */
final class DemoServerCommand {

    static final String NAME = "demo-server";

    static final String HELP = """
            Usage: mfa-inspector demo-server [--port N] [--users N] [--rate-limit R] [--latency-ms L]
                     [--paging-cap C]

            Runs the built-in demo tenant (sample data, loopback only) until Ctrl-C or SIGTERM, and prints
            its URL, app ids and secrets, user pool credentials and demo accounts.
              --port N         the port to listen on (default: a free port)
              --users N        add N synthetic users (user000000..., example.com/.net/.org addresses,
                               fictional phone numbers, a spread of MFA states and statuses), 0 to 10000000
              --rate-limit R   answer HTTP 429 with Retry-After above R requests/s, as GenAuth does
              --latency-ms L   delay every answer by L milliseconds
              --paging-cap C   list-users serves a query's first C results only (default 10000)
            On stop it prints how many calls it answered per API and how many it refused with 429.
            """;

    private final CountDownLatch stop;

    /** @param stop counted down to stop the server; the process's shutdown hook does it for a real run. */
    DemoServerCommand(CountDownLatch stop) {
        this.stop = stop;
    }

    int run(List<String> argv, Console console) {
        DemoOptions options;
        DemoScale scale;
        try {
            Args args = Args.parse(argv, Set.of("--port", "--users", "--rate-limit", "--latency-ms", "--paging-cap"),
                    Set.of("--help"));
            if (args.flag("--help")) {
                console.out().print(HELP);
                return ExitCode.OK;
            }
            
            options = DemoOptions.defaults().withPort(port(args.value("--port").orElse("0")))
                    .withResponseDelay(Duration.ofMillis(number(args, "--latency-ms", 0, 0, 60_000)));
            scale = DemoScale.none().withUsers(number(args, "--users", 0, 0, DemoScale.MAX_USERS))
                    .withRateLimit(number(args, "--rate-limit", 0, 0, 1_000_000))
                    .withPagingCap(number(args, "--paging-cap", DemoScale.DEFAULT_PAGING_CAP, 1, Integer.MAX_VALUE));
        } catch (UsageException e) {
            return ErrorReport.usage(e, NAME, console.err());
        }
        try (DemoTenant tenant = DemoTenant.start(options, scale)) {
            tenant.describe().forEach(console.out()::println);
            console.out().println("Press Ctrl-C to stop.");
            console.out().flush();
            stop.await();
            console.out().println("Served: " + tenant.served().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            console.out().println("Demo tenant stopped.");
            return ExitCode.OK;
        } catch (IOException e) {
            console.err().println("error: the demo tenant could not start on port " + options.port() + ": " + e.getMessage()
                    + ". Choose another port with --port, or leave it out to take a free one.");
            return ExitCode.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }

    private static int number(Args args, String option, int fallback, int min, int max) throws UsageException {
        Optional<String> v = args.value(option);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException(option + " takes a number from " + min + " to " + max);
    }

    private static int port(String s) throws UsageException {
        try {
            int p = Integer.parseInt(s.strip());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new UsageException("--port takes a number from 0 to 65535");
        }
    }
}
