package mfainspector.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;

/** {@code mfa-inspector demo-server}: runs the built-in demo tenant in the foreground until Ctrl-C or SIGTERM. */
final class DemoServerCommand {

    static final String NAME = "demo-server";

    static final String HELP = """
            Usage: mfa-inspector demo-server [--port N]

            Runs the built-in demo tenant (sample data, loopback only) until Ctrl-C or SIGTERM, and prints
            its URL, app ids and secrets, user pool credentials and demo accounts.
              --port N   the port to listen on (default: a free port)
            """;

    private final CountDownLatch stop;

    /** @param stop counted down to stop the server; the process's shutdown hook does it for a real run. */
    DemoServerCommand(CountDownLatch stop) {
        this.stop = stop;
    }

    int run(List<String> argv, Console console) {
        DemoOptions options;
        try {
            Args args = Args.parse(argv, Set.of("--port"), Set.of("--help"));
            if (args.flag("--help")) {
                console.out().print(HELP);
                return ExitCode.OK;
            }
            
            options = DemoOptions.defaults().withPort(port(args.value("--port").orElse("0")));
        } catch (UsageException e) {
            return ErrorReport.usage(e, NAME, console.err());
        }
        try (DemoTenant tenant = DemoTenant.start(options)) {
            tenant.describe().forEach(console.out()::println);
            console.out().println("Press Ctrl-C to stop.");
            console.out().flush();
            stop.await();
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
