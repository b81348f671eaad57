package mfainspector.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mfainspector.caller.CallerCheck;
import mfainspector.caller.CallerVerifier;
import mfainspector.caller.ReplayGuard;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.Secret;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.TicketNumber;
import mfainspector.settings.SettingsLocation;

/**
 * {@code mfa-inspector verify-caller}: is the caller really the user? The caller reads out the
 * current code of their authenticator app; it is checked against the user's TOTP secret, fetched
 * with the management credentials for this one check. Neither the code nor the secret is printed,
 * logged or kept.
 */
final class VerifyCallerCommand {

    static final String NAME = "verify-caller";

    static final String HELP = """
            Usage: mfa-inspector verify-caller [--mgmt-host URL] --user-pool-id ID
                     (--email E | --phone P | --username U | --user-id I | --external-id X)
                     --code-stdin [--ticket T] [--lang en-US|zh-CN] [--verbose]

            Checks that a caller is the user: the caller reads out the 6-digit code their authenticator
            app (OTP) shows now, and the app compares it with the codes of the user's TOTP secret
            (RFC 6238, 30-second steps, one step either side). The secret is fetched for this check only
            and never shown, logged or kept; a code that verified once does not verify again.
              --mgmt-host URL   the Management API address (default https://api.genauth.ai)
              --user-pool-id ID the user pool id
              --email E, --phone P, --username U, --user-id I, --external-id X
                                the one identifier of the user the caller claims to be
              --code-stdin      read the code from standard input (type it, or pipe it in)
              --ticket T        a ticket number to note in the lookup log
              --lang L          language of the answer and of the server's messages (default en-US)
              --verbose         add technical detail to errors (never secrets)
            The user pool secret is read from $MFA_INSPECTOR_USER_POOL_SECRET, never from an argument.
            Every check is noted in the lookup log with its outcome and method 'otp', never the code.
            Exit codes: 0 verified, 3 not verified (wrong code, code already used, no authenticator app
            bound) or user not found, 2 usage error, 4 network or server fault.
            """;

    /** The longest input read for a code: a code with spaces and a line break fits many times over. */
    private static final int MAX_CODE_INPUT = 64;

    private static final Set<String> VALUES = Stream.concat(LookupCommand.IDENTIFIERS.keySet().stream(),
            Stream.of("--mgmt-host", "--user-pool-id", "--ticket", "--lang")).collect(Collectors.toSet());
    private static final Set<String> FLAGS = Set.of("--code-stdin", "--verbose", "--help");

    /** One guard for the process: within one run, a second check of the same code is a replay. */
    private final ReplayGuard guard;

    VerifyCallerCommand(ReplayGuard guard) {
        this.guard = guard;
    }

    int run(List<String> argv, Console console) {
        ManagementCredentials credentials;
        Identifier id;
        String ticket;
        boolean verbose;
        Locale locale;
        char[] code;
        try {
            LookupCommand.refuseSecretArgument(argv);
            for (String a : argv) {
                if (a.startsWith("--code=") || a.equals("--code")) {
                    throw new UsageException("The code is not an option (others can read a command line): use --code-stdin");
                }
            }
            Args args = Args.parse(argv, VALUES, FLAGS);
            if (args.flag("--help")) {
                console.out().print(HELP);
                return ExitCode.OK;
            }
            HostAddress host = args.host("--mgmt-host", ManagementCredentials.DEFAULT_HOST);
            String poolId = args.required("--user-pool-id").strip();
            Lang lang = Args.valid(() -> Lang.parse(args.value("--lang").orElse("en-US")));
            id = LookupCommand.identifierFrom(args);
            ticket = TicketNumber.sanitize(args.value("--ticket").orElse(""));
            if (args.has("--ticket") && ticket.isEmpty()) {
                throw new UsageException("--ticket holds no letter or digit");
            }
            if (!args.flag("--code-stdin")) {
                throw new UsageException("Give --code-stdin and type or pipe the caller's code to standard input");
            }
            Secret secret = Secret.of(console.env(LookupCommand.POOL_SECRET_ENV).strip());
            if (secret.isEmpty()) {
                throw new UsageException("Set the user pool secret in the environment variable "
                        + LookupCommand.POOL_SECRET_ENV);
            }
            credentials = new ManagementCredentials(host, poolId, secret, lang);
            locale = lang == Lang.ZH_CN ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            verbose = args.flag("--verbose");
            code = readCode(console.in());
            if (code.length == 0) {
                throw new UsageException("No code on standard input");
            }
        } catch (UsageException e) {
            return ErrorReport.usage(e, NAME, console.err());
        } catch (IOException e) {
            return ErrorReport.usage(new UsageException("Standard input could not be read"), NAME, console.err());
        }
        String user = id.toString();
        List<String> requestIds = new CopyOnWriteArrayList<>();
        try {
            CallerCheck check = new CallerVerifier(ManagementClient.create(credentials).onRequestId(requestIds::add),
                    guard, Clock.systemUTC()).verify(id.type(), id.value(), code, CancelSignal.none());
            note(credentials, id, LookupOutcome.found(), ticket, requestIds, check.outcome(), console);
            console.out().println(check.outcome().sentence(locale, user));
            console.out().flush();
            return check.outcome() == CallerOutcome.VERIFIED ? ExitCode.OK : ExitCode.REFUSED;
        } catch (GenAuthException e) {
            e.requestId().ifPresent(requestIds::add);
            note(credentials, id, LookupOutcome.failed(e.category()), ticket, requestIds, CallerOutcome.FAILED, console);
            return ErrorReport.print(e, console.err(), verbose, LookupCommand.SENTENCES);
        } finally {
            Arrays.fill(code, '\0');
        }
    }

    private static void note(ManagementCredentials credentials, Identifier id, LookupOutcome outcome, String ticket,
            List<String> requestIds, CallerOutcome check, Console console) {
        LookupLog log = new LookupLog(SettingsLocation.defaultDir(console.env()));
        try {
            log.append("cli " + credentials.host(), id, outcome, ticket, requestIds.stream().distinct().toList(),
                    Optional.of(CallerVerification.otp(check)));
        } catch (IOException | RuntimeException e) {
            console.err().println("warning: the lookup log " + log.file() + " could not be written ("
                    + e.getClass().getSimpleName() + "). Check that folder's permissions and free space.");
        }
    }

    /** The first line of standard input as characters, at most {@link #MAX_CODE_INPUT}; the bytes read are wiped. */
    private static char[] readCode(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_CODE_INPUT);
        char[] buffer = new char[bytes.length];
        try {
            int n = 0;
            for (byte b : bytes) {
                if (b == '\n' || b == '\r') {
                    if (n == 0) {
                        continue;
                    }
                    break;
                }
                buffer[n++] = (char) (b & 0xff);
            }
            return Arrays.copyOf(buffer, n);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(buffer, '\0');
        }
    }
}
