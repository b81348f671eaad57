package mfainspector.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mfainspector.action.ActionPlan;
import mfainspector.action.ActionRequest;
import mfainspector.action.ActionResult;
import mfainspector.action.HelpdeskAction;
import mfainspector.action.HelpdeskActions;
import mfainspector.action.Refusal;
import mfainspector.action.UserState;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.ManagedUser;
import mfainspector.settings.SettingsLocation;

/**
 * {@code mfa-inspector act}: one helpdesk action on one user, with the window's rules: a ticket, a
 * reason, the caller's verification or a justification, and a confirmation (the username typed on
 * a terminal, or {@code --yes}). Every attempt is noted in the lookup log.
 */
final class ActCommand {

    static final String NAME = "act";

    static final String HELP = """
            Usage: mfa-inspector act [--mgmt-host URL] --user-pool-id ID
                     (--email E | --phone P | --username U | --user-id I | --external-id X)
                     --action sign-out|suspend|reactivate|set-mfa-phone|set-mfa-email|turn-off-otp|turn-off-face
                     [--value V] --ticket T --reason R
                     [--verified-by otp|callback|manager|none --justification J]
                     [--dry-run] [--yes] [--lang en-US|zh-CN] [--verbose]

            Changes one user of the tenant with the user pool's management credentials:
              sign-out        sign the user out of every app they are signed in to (kick-users)
              suspend         set the status Suspended: every sign-in is refused (update-user)
              reactivate      set the status Activated (update-user)
              set-mfa-phone   send SMS codes to --value, a number with its +country code (set-mfa-status)
              set-mfa-email   send email codes to --value (set-mfa-status)
              turn-off-otp    unbind the authenticator app; the user enrols again at the next sign-in
              turn-off-face   unbind face; the same (both use GenAuth's older V2 API: DELETE
                              /api/v2/users/{id}/mfa-bound, as V3 has no such call for an administrator)
              --ticket T        the ticket number (required)
              --reason R        why (required), noted in the lookup log
              --verified-by M   how the caller was verified: otp (see verify-caller), callback, manager;
                                none (the default) needs --justification
              --dry-run         read the user and print what would be done; change nothing
              --yes             confirm without typing the username (for scripts, after a --dry-run)
              --lang L          language of the server's messages (default en-US)
              --verbose         add technical detail to errors (never secrets)
            Without --yes the command prints what it would do and asks for the user's username or email
            on the terminal; it refuses when standard input is not a terminal. Nothing is ever retried:
            when no answer comes, the user is read again and shown instead.
            The user pool secret is read from $MFA_INSPECTOR_USER_POOL_SECRET, never from an argument.
            Every attempt (done, failed, refused, cancelled) is noted in the lookup log with the action,
            the state before and after (masked), ticket, reason, verification and request ids.
            Exit codes: 0 done (or nothing to do, or a dry run), 2 usage error or refused by a rule,
            3 refused by GenAuth or user not found, 4 network or server fault, 6 sent but the outcome
            is unknown (check the state printed before trying again).
            """;

    private static final Set<String> VALUES = Stream.concat(LookupCommand.IDENTIFIERS.keySet().stream(),
            Stream.of("--mgmt-host", "--user-pool-id", "--action", "--value", "--ticket", "--reason", "--verified-by",
                    "--justification", "--lang")).collect(Collectors.toSet());
    private static final Set<String> FLAGS = Set.of("--dry-run", "--yes", "--verbose", "--help");
    private static final Set<String> METHODS = Set.of("otp", "callback", "manager", "none");

    private final BooleanSupplier terminal;

    /** @param terminal whether standard input is a terminal a person types at */
    ActCommand(BooleanSupplier terminal) {
        this.terminal = terminal;
    }

    int run(List<String> argv, Console console) {
        ManagementCredentials credentials;
        Identifier id;
        ActionRequest request;
        boolean verbose;
        boolean dryRun;
        boolean yes;
        try {
            LookupCommand.refuseSecretArgument(argv);
            Args args = Args.parse(argv, VALUES, FLAGS);
            if (args.flag("--help")) {
                console.out().print(HELP);
                return ExitCode.OK;
            }
            credentials = LookupCommand.credentialsFrom(args, console);
            id = LookupCommand.identifierFrom(args);
            String actionName = args.required("--action");
            HelpdeskAction action = HelpdeskAction.parse(actionName).orElseThrow(() -> new UsageException(
                    "Unknown --action '" + actionName + "'"));
            if (!action.needsValue() && args.has("--value")) {
                throw new UsageException("--value goes with set-mfa-phone and set-mfa-email only");
            }
            String method = args.value("--verified-by").orElse("none").strip().toLowerCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                throw new UsageException("--verified-by takes otp, callback, manager or none");
            }
            Optional<CallerVerification> verification = method.equals("none") ? Optional.empty()
                    : Optional.of(new CallerVerification(CallerOutcome.VERIFIED, method));
            request = new ActionRequest(action, args.value("--value").orElse(""), args.value("--ticket").orElse(""),
                    args.value("--reason").orElse(""), verification, args.value("--justification").orElse(""));
            verbose = args.flag("--verbose");
            dryRun = args.flag("--dry-run");
            yes = args.flag("--yes");
        } catch (UsageException e) {
            return ErrorReport.usage(e, NAME, console.err());
        }
        ManagementClient client = ManagementClient.create(credentials);
        LookupLog log = new LookupLog(SettingsLocation.defaultDir(console.env()));
        // The command itself is the opt-in: it has no profile whose setting could allow actions.
        HelpdeskActions actions = new HelpdeskActions(client, client, log, "cli " + credentials.host(), true);
        ManagedUser user;
        try {
            user = client.getUser(id.type(), id.value(), CancelSignal.none());
        } catch (GenAuthException e) {
            return ErrorReport.print(e, console.err(), verbose, LookupCommand.SENTENCES);
        }
        HelpdeskActions.Prepared prepared = actions.prepare(user, request, CancelSignal.none());
        if (prepared.ended().isPresent()) {
            return report(prepared.ended().get(), request.action(), console, verbose);
        }
        ActionPlan plan = prepared.plan().orElseThrow();
        console.out().println(text("action.confirm.title", text("action." + plan.action().wireName())));
        console.out().println(text(plan.action().key() + ".effect", plan.effectArguments()));
        if (plan.action().usesV2()) {
            console.out().println(text("action.v2note"));
        }
        console.out().println(text("action.confirm.now", plan.before().describe(plan.action())));
        if (dryRun) {
            console.out().println("Dry run: nothing was sent.");
            return report(actions.cancel(plan).orElseThrow(), plan.action(), console, verbose, ExitCode.OK);
        }
        String typed;
        if (yes) {
            typed = plan.confirmationWord();
        } else if (!terminal.getAsBoolean()) {
            actions.cancel(plan);
            return ErrorReport.usage(new UsageException("Standard input is not a terminal, so the username cannot be"
                    + " typed to confirm: check with --dry-run, then give --yes"), NAME, console.err());
        } else {
            console.out().print(text("action.confirm.type", plan.userLabel()) + " ");
            console.out().flush();
            try {
                String line = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8)).readLine();
                typed = line == null ? "" : line;
            } catch (IOException e) {
                typed = "";
            }
            if (typed.isBlank()) {
                actions.cancel(plan);
                console.out().println(text("action.outcome.CANCELLED"));
                return ExitCode.USAGE;
            }
        }
        return report(actions.confirm(plan, typed, CancelSignal.none()).orElseThrow(), plan.action(), console, verbose);
    }

    private static int report(ActionResult r, HelpdeskAction action, Console console, boolean verbose) {
        return report(r, action, console, verbose, -1);
    }

    private static int report(ActionResult r, HelpdeskAction action, Console console, boolean verbose, int exitCode) {
        r.logProblem().ifPresent(p -> console.err().println("warning: " + text("action.log.failed", p)));
        int code = switch (r.outcome()) {
            case SUCCEEDED -> {
                console.out().println(text("action.outcome.SUCCEEDED", text(action.key())));
                yield ExitCode.OK;
            }
            case CANCELLED -> ExitCode.OK;
            case REFUSED -> {
                Refusal why = r.refusal().orElseThrow();
                if (why == Refusal.NOTHING_TO_DO) {
                    console.out().println(text(why.key()));
                    yield ExitCode.OK;
                }
                console.err().println("error: " + text("action.outcome.REFUSED", text(why.key())));
                yield ExitCode.USAGE;
            }
            case FAILED -> r.error().map(e -> ErrorReport.print(e, console.err(), verbose, LookupCommand.SENTENCES))
                    .orElseGet(() -> {
                        console.err().println("error: nothing was sent.");
                        return ExitCode.FAILED;
                    });
            case UNKNOWN -> {
                console.err().println("warning: " + text("action.outcome.UNKNOWN",
                        r.error().map(e -> e.category().name()).orElse("")));
                yield ExitCode.UNKNOWN_OUTCOME;
            }
        };
        r.before().ifPresent(s -> console.out().println(text("action.before", s.describe(action))));
        if (r.outcome() == ActionResult.Outcome.SUCCEEDED || r.outcome() == ActionResult.Outcome.UNKNOWN) {
            console.out().println(r.after().map((UserState s) -> text("action.after", s.describe(action)))
                    .orElse(text("action.after.unread")));
        }
        r.requestIds().stream().distinct().forEach(rid -> console.out().println("requestId: " + rid));
        console.out().flush();
        return exitCode >= 0 ? exitCode : code;
    }

    private static String text(String key, Object... args) {
        String pattern = ErrorReport.text(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
