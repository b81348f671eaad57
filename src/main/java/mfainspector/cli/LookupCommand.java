package mfainspector.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.Secret;
import mfainspector.lookup.ActivityPeriod;
import mfainspector.lookup.Diagnosis;
import mfainspector.lookup.Finding;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.TicketNumber;
import mfainspector.lookup.Timeline;
import mfainspector.lookup.TimelineLoader;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaState;
import mfainspector.settings.SettingsLocation;

/** {@code mfa-inspector lookup}: finds any user with the user pool's management credentials and prints their MFA state. */
final class LookupCommand {

    static final String NAME = "lookup";
    static final String POOL_SECRET_ENV = "MFA_INSPECTOR_USER_POOL_SECRET";

    static final String HELP = """
            Usage: mfa-inspector lookup [--mgmt-host URL] --user-pool-id ID
                     (--email E | --phone P | --username U | --user-id I | --external-id X)
                     [--activity [--since 24h|7d|30d] [--failures-only]]
                     [--format table|json] [--ticket T] [--lang en-US|zh-CN] [--verbose]

            Looks a user of the tenant up with the user pool's management credentials and shows which
            MFA types they have bound, without signing in as them.
              --mgmt-host URL   the Management API address (default https://api.genauth.ai; Authing:
                                https://api.authing.cn or https://core.authing.cn; or your private host)
              --user-pool-id ID the user pool id
              --email E, --phone P, --username U, --user-id I, --external-id X
                                the one identifier to look up; a phone with or without +country code
              --format F        table (email and phone masked, default) or json (the user and MFA
                                state as the API returned them, unmasked: treat it as personal data)
              --activity        add the case view: a diagnosis (why MFA may fail, what to do), the
                                account's health and its activity timeline (sign-ins, MFA checks)
              --since P         the timeline's period: 24h, 7d (default) or 30d; with --activity
              --failures-only   only failed events in the timeline; with --activity
              --ticket T        a ticket number to note in the lookup log (letters, digits, - _ . # / :)
              --lang L          language of the server's messages and of the diagnosis (default en-US)
              --verbose         add technical detail to errors (never secrets)
            The user pool secret is read from $MFA_INSPECTOR_USER_POOL_SECRET, never from an argument.
            Every lookup, found or not, is noted in the lookup log in the settings folder (time, OS
            account, 'cli <host>' as the profile, identifier type, the identifier masked, outcome,
            ticket). A log that cannot be written is a warning on standard error; the lookup still counts.
            Exit codes: 0 found, 2 usage error, 3 refused or not found, 4 network or server fault.
            """;

    /** Where the app's general sentence would point at app settings or sign-in: the look-up's own, shared with the app. */
    static final Map<ErrorCategory, String> SENTENCES = Map.of(
            ErrorCategory.APP_MISCONFIGURED, ErrorReport.text("lookup.error.APP_MISCONFIGURED")
                    + " Set them with --user-pool-id and " + POOL_SECRET_ENV + ".",
            ErrorCategory.NOT_FOUND, ErrorReport.text("lookup.error.NOT_FOUND"),
            ErrorCategory.MALFORMED_RESPONSE, ErrorReport.text("lookup.error.MALFORMED_RESPONSE") + " (--mgmt-host)",
            ErrorCategory.PERMISSION_DENIED, ErrorReport.text("lookup.error.PERMISSION_DENIED"));

    static final Map<String, UserIdType> IDENTIFIERS = identifierOptions();
    private static final Set<String> VALUES = Stream.concat(IDENTIFIERS.keySet().stream(),
            Stream.of("--mgmt-host", "--user-pool-id", "--format", "--ticket", "--lang", "--since"))
            .collect(Collectors.toSet());
    private static final Set<String> FLAGS = Set.of("--verbose", "--help", "--activity", "--failures-only");

    int run(List<String> argv, Console console) {
        Request req;
        try {
            refuseSecretArgument(argv);
            Args args = Args.parse(argv, VALUES, FLAGS);
            if (args.flag("--help")) {
                console.out().print(HELP);
                return ExitCode.OK;
            }
            req = Request.from(args, console);
        } catch (UsageException e) {
            return ErrorReport.usage(e, NAME, console.err());
        }
        List<String> requestIds = new CopyOnWriteArrayList<>();
        ManagementApi api = ManagementClient.create(req.credentials).onRequestId(requestIds::add);
        CancelSignal none = CancelSignal.none();
        Identifier id = req.identifier;
        try {
            ManagedUser user = api.getUser(id.type(), id.value(), none);
            UserMfaState state = api.getMfaState(id.type(), id.value(), none);
            if (!req.activity) {
                note(req, LookupOutcome.found(), requestIds, console);
                LookupOutput.write(req.format, user, state, console.out());
                return ExitCode.OK;
            }
            Timeline timeline = null;
            GenAuthException activityFailure = null;
            try {
                timeline = new TimelineLoader(api, Clock.systemUTC()).load(user.userId(), req.period, req.failuresOnly, none);
            } catch (GenAuthException e) {
                activityFailure = e;
            }
            List<Finding> findings = Diagnosis.of(user.health(), timeline, state, Clock.systemUTC());
            note(req, LookupOutcome.found(), requestIds, console);
            LookupOutput.write(req.format, user, state, new CaseOutput(user.health(), timeline, findings,
                    req.lang == Lang.ZH_CN ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH), console.out());
            if (activityFailure != null) {
                console.err().println("The activity timeline could not be loaded; the diagnosis above leaves it out.");
                return ErrorReport.print(activityFailure, console.err(), req.verbose, SENTENCES);
            }
            return ExitCode.OK;
        } catch (GenAuthException e) {
            e.requestId().ifPresent(requestIds::add);
            note(req, LookupOutcome.failed(e.category()), requestIds, console);
            return ErrorReport.print(e, console.err(), req.verbose, SENTENCES);
        }
    }

    /** Notes the lookup in the log; a failure to do so must not hide the answer the agent asked for. */
    private static void note(Request req, LookupOutcome outcome, List<String> requestIds, Console console) {
        LookupLog log = new LookupLog(SettingsLocation.defaultDir(console.env()));
        try {
            log.append("cli " + req.credentials.host(), req.identifier, outcome, req.ticket,
                    requestIds.stream().distinct().toList(), Optional.empty());
        } catch (IOException | RuntimeException e) {
            console.err().println("warning: the lookup log " + log.file() + " could not be written ("
                    + e.getClass().getSimpleName() + "). Check that folder's permissions and free space.");
        }
    }

    /** A secret in an argument is visible to every user of the machine: refuse it before anything else. */
    static void refuseSecretArgument(List<String> argv) throws UsageException {
        for (String a : argv) {
            if (a.startsWith("--user-pool-secret") || a.startsWith("--secret") || a.startsWith("--pool-secret")) {
                throw new UsageException("The user pool secret is not an option (others can read a command line):"
                        + " set it in the environment variable " + POOL_SECRET_ENV);
            }
        }
    }

    /**
     * The management credentials of a command line: {@code --mgmt-host}, {@code --user-pool-id},
     * {@code --lang}, and the secret from {@link #POOL_SECRET_ENV}.
     */
    static ManagementCredentials credentialsFrom(Args args, Console console) throws UsageException {
        HostAddress host = args.host("--mgmt-host", ManagementCredentials.DEFAULT_HOST);
        String poolId = args.required("--user-pool-id").strip();
        Lang lang = Args.valid(() -> Lang.parse(args.value("--lang").orElse("en-US")));
        Secret secret = Secret.of(console.env(POOL_SECRET_ENV).strip());
        if (secret.isEmpty()) {
            throw new UsageException("Set the user pool secret in the environment variable " + POOL_SECRET_ENV);
        }
        return new ManagementCredentials(host, poolId, secret, lang);
    }

    /** The one identifier option given, normalised; a usage error when none or several are. */
    static Identifier identifierFrom(Args args) throws UsageException {
        return Request.identifier(args);
    }

    private static Map<String, UserIdType> identifierOptions() {
        Map<String, UserIdType> m = new LinkedHashMap<>();
        m.put("--email", UserIdType.EMAIL);
        m.put("--phone", UserIdType.PHONE);
        m.put("--username", UserIdType.USERNAME);
        m.put("--user-id", UserIdType.USER_ID);
        m.put("--external-id", UserIdType.EXTERNAL_ID);
        return m;
    }

    /** The validated command line. */
    private record Request(ManagementCredentials credentials, Identifier identifier, OutputFormat format, String ticket,
                           boolean verbose, Lang lang, boolean activity, ActivityPeriod period, boolean failuresOnly) {

        static Request from(Args args, Console console) throws UsageException {
            HostAddress host = args.host("--mgmt-host", ManagementCredentials.DEFAULT_HOST);
            String poolId = args.required("--user-pool-id").strip();
            Lang lang = Args.valid(() -> Lang.parse(args.value("--lang").orElse("en-US")));
            OutputFormat format = Args.valid(() -> OutputFormat.parse(args.value("--format").orElse("table"),
                    LookupOutput.FORMATS));
            Identifier identifier = identifier(args);
            String ticket = TicketNumber.sanitize(args.value("--ticket").orElse(""));
            if (args.has("--ticket") && ticket.isEmpty()) {
                throw new UsageException("--ticket holds no letter or digit");
            }
            Secret secret = Secret.of(console.env(POOL_SECRET_ENV).strip());
            if (secret.isEmpty()) {
                throw new UsageException("Set the user pool secret in the environment variable " + POOL_SECRET_ENV);
            }
            boolean activity = args.flag("--activity");
            if (!activity && (args.has("--since") || args.has("--failures-only"))) {
                throw new UsageException("--since and --failures-only go with --activity");
            }
            ActivityPeriod period = Args.valid(() -> args.value("--since").map(ActivityPeriod::parse)
                    .orElse(ActivityPeriod.DEFAULT));
            return new Request(new ManagementCredentials(host, poolId, secret, lang), identifier, format, ticket,
                    args.flag("--verbose"), lang, activity, period, args.flag("--failures-only"));
        }

        static Identifier identifier(Args args) throws UsageException {
            List<String> given = IDENTIFIERS.keySet().stream().filter(args::has).toList();
            if (given.size() != 1) {
                throw new UsageException((given.isEmpty() ? "Give one of " : "Give only one of ")
                        + String.join(", ", IDENTIFIERS.keySet()));
            }
            String option = given.get(0);
            Identifier id = Identifier.of(IDENTIFIERS.get(option), args.required(option));
            if (id.type() == UserIdType.PHONE && !id.value().matches("\\d+")) {
                throw new UsageException("--phone takes digits, with or without a leading +country code");
            }
            return id;
        }
    }
}
