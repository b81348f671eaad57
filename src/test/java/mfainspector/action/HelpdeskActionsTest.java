package mfainspector.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mfainspector.demo.DemoTenant;
import mfainspector.factor.FactorType;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the helpdesk actions against the demo tenant over loopback, and the log line of every attempt. */
class HelpdeskActionsTest {

    @TempDir
    Path dir;

    private DemoTenant tenant;
    private ManagementClient client;
    private LookupLog log;

    @BeforeEach
    void start() throws Exception {
        tenant = DemoTenant.start();
        client = ManagementClient.create(new ManagementCredentials(HostAddress.parse(tenant.baseUrl()),
                tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US));
        log = new LookupLog(dir);
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    private HelpdeskActions actions(boolean allowed) {
        return new HelpdeskActions(client, client, log, "Demo", allowed);
    }

    private ManagedUser user(String username) throws Exception {
        return client.getUser(UserIdType.USERNAME, username, CancelSignal.none());
    }

    private static ActionRequest verified(HelpdeskAction action, String value) {
        return new ActionRequest(action, value, "INC-42", "lost phone", Optional.of(CallerVerification.otp(
                mfainspector.lookup.CallerOutcome.VERIFIED)), "");
    }

    private List<LookupLogEntry> entries() throws Exception {
        return log.read(null, null, null).entries();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "actions off                     | false | INC-1 | why | false |         | suspend       |                  | ACTIONS_OFF",
            "no ticket                       | true  | ' '   | why | true  |         | suspend       |                  | NO_TICKET",
            "no reason                       | true  | INC-1 | ' ' | true  |         | suspend       |                  | NO_REASON",
            "not verified, no justification  | true  | INC-1 | why | false | ' '     | suspend       |                  | NOT_VERIFIED",
            "no new phone                    | true  | INC-1 | why | true  |         | set-mfa-phone | ' '              | NO_VALUE",
            "phone without a country code    | true  | INC-1 | why | true  |         | set-mfa-phone | 2025550100       | BAD_VALUE",
            "not an email                    | true  | INC-1 | why | true  |         | set-mfa-email | bob.example.com  | BAD_VALUE",
            "already active                  | true  | INC-1 | why | true  |         | reactivate    |                  | NOTHING_TO_DO",
            "no authenticator app to turn off| true  | INC-1 | why | true  |         | turn-off-otp  |                  | NOTHING_TO_DO"})
    void aRefusedAttemptSendsNothingAndIsLogged(String name, boolean allowed, String ticket, String reason,
            boolean verified, String justification, String action, String value, Refusal expected) throws Exception {
        ActionRequest request = new ActionRequest(HelpdeskAction.parse(action).orElseThrow(), value, ticket, reason,
                verified ? Optional.of(CallerVerification.manual("callback", true)) : Optional.empty(), justification);

        HelpdeskActions.Prepared p = actions(allowed).prepare(user("bob"), request, CancelSignal.none());

        assertThat(p.plan()).isEmpty();
        assertThat(p.ended()).hasValueSatisfying(r -> {
            assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.REFUSED);
            assertThat(r.refusal()).contains(expected);
        });
        assertThat(user("bob").status()).isEqualTo("Activated");
        LookupLogEntry e = entries().get(entries().size() - 1);
        assertThat(e.action()).hasValueSatisfying(a -> {
            assertThat(a.action()).isEqualTo(action);
            assertThat(a.result()).isEqualTo("refused:" + expected.wireName());
        });
    }

    @Test
    void notVerifiedWithAJustificationIsAllowedAndTheJustificationIsLogged() throws Exception {
        ActionRequest request = new ActionRequest(HelpdeskAction.SUSPEND, "", "INC-7", "suspected compromise",
                Optional.empty(), "manager called, caller unreachable");
        HelpdeskActions a = actions(true);
        ActionPlan plan = a.prepare(user("bob"), request, CancelSignal.none()).plan().orElseThrow();

        ActionResult r = a.confirm(plan, "bob", CancelSignal.none()).orElseThrow();

        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.SUCCEEDED);
        LookupLogEntry e = entries().get(entries().size() - 1);
        assertThat(e.verification()).hasValueSatisfying(v -> assertThat(v.method()).isEqualTo("none"));
        assertThat(e.action().orElseThrow().justification()).isEqualTo("manager called, caller unreachable");
        assertThat(e.action().orElseThrow().reason()).isEqualTo("suspected compromise");
        assertThat(e.ticket()).isEqualTo("INC-7");
    }

    @Test
    void suspendingSendsOnceReadsTheUserAgainAndLogsBeforeAndAfter() throws Exception {
        HelpdeskActions a = actions(true);
        ActionPlan plan = a.prepare(user("alice"), verified(HelpdeskAction.SUSPEND, ""), CancelSignal.none())
                .plan().orElseThrow();
        assertThat(plan.before().status()).isEqualTo(AccountStatus.ACTIVATED);

        ActionResult r = a.confirm(plan, " ALICE ", CancelSignal.none()).orElseThrow();

        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.SUCCEEDED);
        assertThat(r.after()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(AccountStatus.SUSPENDED));
        assertThat(user("alice").health().status()).isEqualTo(AccountStatus.SUSPENDED);
        List<LookupLogEntry> lines = entries();
        assertThat(lines).extracting(e -> e.action().orElseThrow().result()).containsExactly("sending", "succeeded");
        LookupLogEntry done = lines.get(1);
        assertThat(done.action().orElseThrow().before()).isEqualTo("status=Activated");
        assertThat(done.action().orElseThrow().after()).isEqualTo("status=Suspended");
        assertThat(done.requestIds()).isNotEmpty();
        assertThat(done.maskedIdentifier()).doesNotContain(user("alice").userId());
        assertThat(a.confirm(plan, "alice", CancelSignal.none())).as("a second confirmation sends nothing").isEmpty();
        assertThat(entries()).hasSize(2);
    }

    @Test
    void theThreeCommonTicketsLostPhoneChangedNumberSuspectedCompromise() throws Exception {
        HelpdeskActions a = actions(true);
        // Lost phone: the authenticator app is turned off, so carol enrols again at her next sign-in.
        run(a, "carol", verified(HelpdeskAction.TURN_OFF_OTP, ""), "carol@example.com");
        assertThat(client.getMfaState(UserIdType.USERNAME, "carol", CancelSignal.none()).binding(FactorType.OTP)
                .isEnabled()).isFalse();
        // Changed number: SMS codes go to the new one.
        ActionResult phone = run(a, "alice", verified(HelpdeskAction.SET_MFA_PHONE, "+1 202-555-0188"), "alice");
        assertThat(phone.after().orElseThrow().describe(HelpdeskAction.SET_MFA_PHONE)).doesNotContain("2025550188")
                .endsWith("88");
        assertThat(client.getMfaStatus(UserIdType.USERNAME, "alice", CancelSignal.none()).mfaPhone())
                .isEqualTo("2025550188");
        // Suspected compromise: signed out everywhere.
        ActionResult out = run(a, "alice", verified(HelpdeskAction.SIGN_OUT, ""), "alice");
        assertThat(out.before().orElseThrow().signedInApps()).hasSize(1);
        assertThat(out.after().orElseThrow().signedInApps()).isEmpty();
    }

    private ActionResult run(HelpdeskActions a, String username, ActionRequest request, String typed) throws Exception {
        ActionPlan plan = a.prepare(user(username), request, CancelSignal.none()).plan().orElseThrow();
        ActionResult r = a.confirm(plan, typed, CancelSignal.none()).orElseThrow();
        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.SUCCEEDED);
        return r;
    }

    @Test
    void aWrongConfirmationSendsNothingAndTheAgentMayTypeAgain() throws Exception {
        HelpdeskActions a = actions(true);
        ActionPlan plan = a.prepare(user("bob"), verified(HelpdeskAction.SUSPEND, ""), CancelSignal.none())
                .plan().orElseThrow();

        ActionResult wrong = a.confirm(plan, "alice", CancelSignal.none()).orElseThrow();

        assertThat(wrong.refusal()).contains(Refusal.CONFIRMATION_MISMATCH);
        assertThat(user("bob").status()).isEqualTo("Activated");
        assertThat(entries().get(0).action().orElseThrow().result()).isEqualTo("refused:confirmation-mismatch");
        assertThat(a.confirm(plan, "", CancelSignal.none()).orElseThrow().refusal()).contains(Refusal.CONFIRMATION_MISMATCH);
        assertThat(a.confirm(plan, "bob@example.com", CancelSignal.none()).orElseThrow().outcome())
                .isEqualTo(ActionResult.Outcome.SUCCEEDED);
    }

    @Test
    void aCancelledConfirmationIsLoggedOnceAndSendsNothing() throws Exception {
        HelpdeskActions a = actions(true);
        ActionPlan plan = a.prepare(user("bob"), verified(HelpdeskAction.SUSPEND, ""), CancelSignal.none())
                .plan().orElseThrow();

        assertThat(a.cancel(plan)).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.CANCELLED));
        assertThat(a.cancel(plan)).isEmpty();
        assertThat(a.confirm(plan, "bob", CancelSignal.none())).isEmpty();

        assertThat(user("bob").status()).isEqualTo("Activated");
        assertThat(entries()).extracting(e -> e.action().orElseThrow().result()).containsExactly("cancelled");
    }

    @Test
    void twoConfirmationsAtOnceSendOnce() throws Exception {
        HelpdeskActions a = actions(true);
        ActionPlan plan = a.prepare(user("bob"), verified(HelpdeskAction.SUSPEND, ""), CancelSignal.none())
                .plan().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Optional<ActionResult>> confirm = () -> a.confirm(plan, "bob", CancelSignal.none());
            List<Future<Optional<ActionResult>>> both = pool.invokeAll(List.of(confirm, confirm));
            long sent = both.stream().filter(f -> {
                try {
                    return f.get().isPresent();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).count();
            assertThat(sent).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries()).extracting(e -> e.action().orElseThrow().result()).containsExactly("sending", "succeeded");
    }
}
