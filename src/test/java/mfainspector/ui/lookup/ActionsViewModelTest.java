package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleBooleanProperty;
import mfainspector.action.ActionResult;
import mfainspector.action.HelpdeskAction;
import mfainspector.action.Refusal;
import mfainspector.demo.DemoTenant;
import mfainspector.factor.FactorType;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Actions section's model against the demo tenant over loopback, with a real lookup log; no toolkit. */
class ActionsViewModelTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final BannerModel banner = new BannerModel(i18n);
    private DemoTenant tenant;
    private LookupLog log;
    private boolean allowsActions = true;
    /** Background work waits here until the test runs it, as a slow network would hold it. */
    private final List<Runnable> held = new ArrayList<>();
    private boolean hold;
    private LookupViewModel vm;

    @BeforeEach
    void start() throws Exception {
        tenant = DemoTenant.start();
        log = new LookupLog(dir);
        Executor background = r -> {
            if (hold) {
                held.add(r);
            } else {
                r.run();
            }
        };
        vm = new LookupViewModel(i18n, new TaskRunner(background, Runnable::run), ManagementClient::create,
                () -> Optional.of(new LookupTarget("p-1", "Helpdesk", new ManagementCredentials(
                        HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US),
                        false, allowsActions)),
                new SimpleBooleanProperty(true), log, banner, Clock.systemDefaultZone());
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    private ActionsViewModel lookUp(String who) {
        vm.ticketProperty().set("INC-5");
        vm.queryProperty().set(who);
        vm.lookUp();
        return vm.caseView().actions();
    }

    /** The case of {@code who} with {@code action} reviewed (reason and justification given), awaiting confirmation. */
    private ActionsViewModel prepared(String who, HelpdeskAction action) {
        ActionsViewModel a = lookUp(who);
        a.actionProperty().set(action);
        a.reasonProperty().set("r");
        a.justificationProperty().set("caller known");
        a.prepare();
        return a;
    }

    private List<LookupLogEntry> actionEntries() throws Exception {
        return log.read(null, null, null).entries().stream().filter(e -> e.action().isPresent()).toList();
    }

    @Test
    void aProfileThatDoesNotAllowActionsRefusesAndLogsTheAttempt() throws Exception {
        allowsActions = false;
        ActionsViewModel a = lookUp("bob");
        assertThat(a.allowedProperty().get()).isFalse();

        a.actionProperty().set(HelpdeskAction.SUSPEND);
        a.reasonProperty().set("r");
        a.justificationProperty().set("j");
        a.prepare();

        assertThat(a.planProperty().get()).isNull();
        assertThat(a.resultProperty().get().refusal()).contains(Refusal.ACTIONS_OFF);
        assertThat(actionEntries()).singleElement().satisfies(e -> assertThat(e.action().orElseThrow().result())
                .isEqualTo("refused:actions-off"));
    }

    @Test
    void theCaseShowsTheUserAsReadAfterTheActionAndAVerifiedCallerIsUsed() throws Exception {
        ActionsViewModel a = lookUp("carol");
        assertThat(a.ticketProperty().get()).isEqualTo("INC-5");
        vm.caseView().recordManual(List.of("manager"), true);
        assertThat(a.verifiedProperty().get()).isTrue();

        a.actionProperty().set(HelpdeskAction.TURN_OFF_FACE);
        a.reasonProperty().set("new phone, face to enrol again");
        a.prepare();
        assertThat(a.planProperty().get()).isNotNull();
        java.time.Instant lookedUp = vm.fetchedAtProperty().get();
        Thread.sleep(1100); // the time shown is to the second
        a.confirm("carol");

        assertThat(a.resultProperty().get().outcome()).isEqualTo(ActionResult.Outcome.SUCCEEDED);
        assertThat(vm.fetchedAtProperty().get()).as("the status bar's time is the read after the action")
                .isAfter(lookedUp);
        assertThat(vm.resultProperty().get().mfa().binding(FactorType.FACE).isEnabled()).isFalse();
        assertThat(vm.mfaRows()).anySatisfy(r -> assertThat(r.type()).isEqualTo(FactorType.FACE));
        assertThat(vm.caseView().callerResultProperty().get()).as("the caller's check stays").isNotNull();
        assertThat(vm.caseView().events()).as("the timeline shows the change").anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(mfainspector.lookup.ActivityKind.MFA_UNBIND);
            assertThat(e.factor()).contains(FactorType.FACE);
        });
        assertThat(actionEntries()).last().satisfies(e -> assertThat(e.verification().orElseThrow().method())
                .isEqualTo("manager"));
    }

    @Test
    void aSecondConfirmationWhileTheFirstIsUnderWaySendsNothing() throws Exception {
        ActionsViewModel a = prepared("dave", HelpdeskAction.SUSPEND);
        hold = true;

        a.confirm("dave");
        a.confirm("dave");
        a.confirm("dave@example.com");

        assertThat(held).hasSize(1);
        hold = false;
        held.remove(0).run();
        assertThat(a.resultProperty().get().outcome()).isEqualTo(ActionResult.Outcome.SUCCEEDED);
        a.confirm("dave");
        assertThat(actionEntries()).extracting(e -> e.action().orElseThrow().result())
                .containsExactly("sending", "succeeded");
    }

    @Test
    void aNewLookUpWhileAConfirmationIsOpenCancelsItAndNotesIt() throws Exception {
        ActionsViewModel a = prepared("bob", HelpdeskAction.SUSPEND);
        assertThat(a.planProperty().get()).isNotNull();

        lookUp("dave");

        assertThat(a.planProperty().get()).isNull();
        assertThat(actionEntries()).extracting(e -> e.action().orElseThrow().result()).containsExactly("cancelled");
    }

    @Test
    void closingTheConfirmationBeforeSendingIsLoggedAsCancelled() throws Exception {
        ActionsViewModel a = prepared("bob", HelpdeskAction.SIGN_OUT);

        a.closeConfirmation();

        assertThat(a.planProperty().get()).isNull();
        assertThat(a.resultProperty().get().outcome()).isEqualTo(ActionResult.Outcome.CANCELLED);
        assertThat(actionEntries()).extracting(e -> e.action().orElseThrow().result()).containsExactly("cancelled");
    }
}
