package mfainspector.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mfainspector.Version;
import mfainspector.caller.ReplayGuard;
import mfainspector.settings.SettingsLocation;

/** The headless commands. None of them starts the JavaFX toolkit or needs a display. */
public final class Cli {

    static final String HELP = """
            MFA Inspector %s: which MFA factors does this user have enrolled?

            Usage:
              mfa-inspector                      open the app
              mfa-inspector --self-test [--screenshot FILE] [--benchmark] [--slow-server-ms N]
                                                 open the window, sign in to the demo tenant, print timings
              mfa-inspector --self-test --coverage-scan N [--rate R]
                                                 open the window, scan a demo tenant of N users in the
                                                 coverage tab at R requests/s (default 200), print the
                                                 scan's time and the longest JavaFX stall
              mfa-inspector factors ...          list a user's enrolled factors (see 'factors --help')
              mfa-inspector lookup ...           look any user up with management credentials: MFA
                                                 types bound, noted in the lookup log (see 'lookup --help');
                                                 --activity adds diagnosis, account health and timeline
              mfa-inspector verify-caller ...    check the code the caller reads from their authenticator
                                                 app against the user's OTP secret (see 'verify-caller --help')
              mfa-inspector report ...           MFA coverage report of the whole user pool to CSV or JSON:
                                                 rate-limited, resumable (see 'report --help')
              mfa-inspector act ...              sign a user out, suspend or reactivate them, change where MFA
                                                 codes go, turn off a lost authenticator; with a ticket, a
                                                 reason and a confirmation, noted in the lookup log (see 'act --help')
              mfa-inspector demo-server [--port N] [--users N] [--rate-limit R] [--latency-ms L]
                                                 run the built-in demo tenant in the foreground
              mfa-inspector --help | --version
            """;

    private Cli() {
    }

    /** True when {@code args} name a headless command rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].equals("--self-test");
    }

    /** Runs a headless command with the process's streams and returns its exit code. */
    public static int run(String[] args) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger();
        boolean finishesOnStop = args.length > 0 && Set.of(ReportCommand.NAME, DemoServerCommand.NAME).contains(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            // The report saves its checkpoint and the demo server prints its counts before the process ends.
            if (finishesOnStop && awaitQuietly(ended)) {
                Runtime.getRuntime().halt(exitCode.get());
            }
        }, "command-stop"));
        int code = run(args, Console.system(), stop);
        System.out.flush();
        System.err.flush();
        exitCode.set(code);
        ended.countDown();
        return code;
    }

    private static boolean awaitQuietly(CountDownLatch ended) {
        try {
            return ended.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            return false;
        }
    }

    static int run(String[] args, Console console, CountDownLatch stop) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "--help", "-h", "help" -> {
                    console.out().printf(HELP, Version.current());
                    yield ExitCode.OK;
                }
                case "--version" -> {
                    console.out().println("mfa-inspector " + Version.current());
                    yield ExitCode.OK;
                }
                case FactorsCommand.NAME -> new FactorsCommand().run(rest, console);
                case LookupCommand.NAME -> new LookupCommand().run(rest, console);
                case VerifyCallerCommand.NAME -> new VerifyCallerCommand(new ReplayGuard(Clock.systemUTC(),
                        SettingsLocation.defaultDir(console.env()).resolve(ReplayGuard.FILE_NAME))).run(rest, console);
                case DemoServerCommand.NAME -> new DemoServerCommand(stop).run(rest, console);
                case ReportCommand.NAME -> new ReportCommand(stop).run(rest, console);
                case ActCommand.NAME -> new ActCommand(() -> System.console() != null).run(rest, console);
                default -> ErrorReport.usage(new UsageException("Unknown command '" + args[0] + "'"), "", console.err());
            };
        } catch (RuntimeException e) {
            // A fault of our own: one line, no stack trace (it could carry request details).
            console.err().println("error: unexpected failure (" + e.getClass().getSimpleName()
                    + "). Please report it with the command you ran, without its secrets.");
            return ExitCode.INTERNAL;
        }
    }
}
