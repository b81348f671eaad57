package mfainspector.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.genauth.AccessTokens;
import mfainspector.genauth.AccountType;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.AuthenticationApi;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;

/** {@code mfa-inspector factors}: signs in (or takes a token) and prints the user's enrolled factors. */
final class FactorsCommand {

    static final String NAME = "factors";
    static final String APP_SECRET_ENV = "MFA_INSPECTOR_APP_SECRET";
    static final String PASSWORD_ENV = "MFA_INSPECTOR_PASSWORD";

    static final String HELP = """
            Usage: mfa-inspector factors --host URL --app-id ID
                     (--account NAME [--account-type account|email|phone|username] [--password-stdin]
                      | --access-token-stdin)
                     [--auth-method client_secret_post|client_secret_basic|none]
                     [--format table|json|csv] [--lang en-US|zh-CN] [--verbose]

            Signs in to the app as the user and lists the user's enrolled MFA factors.
              --host URL             the app's authentication address, e.g. https://example.genauth.ai
              --app-id ID            the app id
              --auth-method M        the app's token endpoint auth method (default client_secret_post)
              --account NAME         username, email or phone to sign in with
              --account-type T       say what NAME is (default: account, any of them)
              --password-stdin       read the password from standard input (else $MFA_INSPECTOR_PASSWORD)
              --access-token-stdin   read an access token from standard input instead of signing in
              --format F             table (masked details, default), json or csv (as the API returned them)
              --lang L               language of the server's messages (default en-US)
              --verbose              add technical detail to errors (never secrets)
            The app secret is read from $MFA_INSPECTOR_APP_SECRET, never from an argument.
            Exit codes: 0 success, 2 usage error, 3 refused by GenAuth, 4 network or server fault.
            """;

    private static final Set<String> VALUES = Set.of("--host", "--app-id", "--auth-method", "--account", "--account-type", "--format", "--lang");
    private static final Set<String> FLAGS = Set.of("--password-stdin", "--access-token-stdin", "--verbose", "--help");

    private final AuthenticationApi api;

    FactorsCommand(AuthenticationApi api) {
        this.api = api;
    }

    FactorsCommand() {
        this(GenAuthClient.create());
    }

    int run(List<String> argv, Console console) {
        Request req;
        try {
            Args args = Args.parse(argv, VALUES, FLAGS);
            if (args.flag("--help")) {
                console.out().print(HELP);
                return ExitCode.OK;
            }
            req = Request.from(args, console);
        } catch (UsageException e) {
            return ErrorReport.usage(e, NAME, console.err());
        } catch (IOException e) {
            console.err().println("error: standard input could not be read: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            CancelSignal none = CancelSignal.none();
            Secret token = req.token != null ? req.token
                    : api.signIn(req.app, req.accountType, req.account, req.password, none).accessToken();
            List<Factor> factors = api.listEnrolledFactors(req.app, token, none);
            List<FactorType> toEnroll = api.listFactorsToEnroll(req.app, token, none);
            FactorsOutput.write(req.format, factors, toEnroll, req.account, console.out());
            return ExitCode.OK;
        } catch (GenAuthException e) {
            return ErrorReport.print(e, console.err(), req.verbose);
        }
    }

    /** The validated command line: everything needed to make the calls. */
    private record Request(AppConnection app, AccountType accountType, String account, Secret password, Secret token,
                           OutputFormat format, boolean verbose) {

        static Request from(Args args, Console console) throws UsageException, IOException {
            HostAddress host = args.host("--host", null);
            TokenAuthMethod method = Args.valid(() -> TokenAuthMethod.parse(args.value("--auth-method").orElse("client_secret_post")));
            Lang lang = Args.valid(() -> Lang.parse(args.value("--lang").orElse("en-US")));
            OutputFormat format = Args.valid(() -> OutputFormat.parse(args.value("--format").orElse("table"), FactorsOutput.FORMATS));
            Secret secret = Secret.of(console.env(APP_SECRET_ENV).strip());
            if (method.needsSecret() && secret.isEmpty()) {
                throw new UsageException("Set the app secret in the environment variable " + APP_SECRET_ENV
                        + " (or use --auth-method none for a public app)");
            }
            AppConnection app = new AppConnection(host, args.required("--app-id"), method.needsSecret() ? secret : Secret.empty(), method, lang);
            boolean tokenMode = args.flag("--access-token-stdin");
            if (tokenMode == args.has("--account")) {
                throw new UsageException("Give either --account or --access-token-stdin");
            }
            if (tokenMode) {
                if (args.has("--password-stdin") || args.has("--account-type")) {
                    throw new UsageException("--access-token-stdin does not go with --password-stdin or --account-type");
                }
                Secret token = Args.valid(() -> AccessTokens.normalize(console.readStdinUnchecked()));
                return new Request(app, AccountType.ACCOUNT, "", Secret.empty(), token, format, args.flag("--verbose"));
            }
            AccountType type = Args.valid(() -> AccountType.parse(args.value("--account-type").orElse("account")));
            String account = args.required("--account").strip();
            String password = args.flag("--password-stdin") ? firstLine(console.readStdin()) : console.env(PASSWORD_ENV);
            if (password.isEmpty()) {
                throw new UsageException("Give the password on standard input with --password-stdin, or in " + PASSWORD_ENV);
            }
            return new Request(app, type, account, Secret.of(password), null, format, args.flag("--verbose"));
        }

        private static String firstLine(String s) {
            int nl = s.indexOf('\n');
            String line = nl >= 0 ? s.substring(0, nl) : s;
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }
}
