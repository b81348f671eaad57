package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import mfainspector.action.ActionResult;
import mfainspector.action.HelpdeskAction;
import mfainspector.action.UserState;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.MfaStatus;
import mfainspector.lookup.UserMfaState;
import mfainspector.ui.I18n;
import org.junit.jupiter.api.Test;

/** How the window words an attempt's end, in both languages: above all an unknown outcome. */
class ActionTextsTest {

    private static UserState state(String status) {
        ManagedUser u = new ManagedUser("u-1", "bob", "Bob", "", "bob@example.com", "", "", "", status,
                Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
        return new UserState(u, new UserMfaState(Map.of(), new MfaStatus("", "", "", Enablement.UNKNOWN,
                Enablement.UNKNOWN, List.of())), null);
    }

    private static ActionResult unknown(Optional<UserState> after) {
        return new ActionResult(ActionResult.Outcome.UNKNOWN, Optional.empty(),
                Optional.of(GenAuthException.builder(ErrorCategory.TIMEOUT).build()), Optional.of(state("Activated")),
                after, List.of(), Optional.empty());
    }

    @Test
    void anUnknownOutcomeSaysSoAndShowsTheUserAsReadAgainInEnglishAndChinese() {
        I18n en = new I18n(java.util.Locale.ENGLISH);
        assertThat(ActionTexts.result(en, unknown(Optional.of(state("Suspended"))), HelpdeskAction.SUSPEND))
                .startsWith("Sent, but no answer came (the host did not answer in time): the outcome is unknown.")
                .endsWith("Before: Active\nAfter: Suspended");
        assertThat(ActionTexts.result(en, unknown(Optional.empty()), HelpdeskAction.SUSPEND))
                .endsWith("After: the user could not be read again. Look them up again to see the current state.");

        I18n zh = new I18n(I18n.CHINESE);
        assertThat(ActionTexts.result(zh, unknown(Optional.of(state("Suspended"))), HelpdeskAction.SUSPEND))
                .startsWith("已发送，但未收到应答（主机未及时应答）：结果未知。").endsWith("之前：正常\n之后：已停用");
    }

    @Test
    void aFailureNamesItsCauseAndRequestIdAndShowsNoAfter() {
        I18n en = new I18n(java.util.Locale.ENGLISH);
        ActionResult failed = new ActionResult(ActionResult.Outcome.FAILED, Optional.empty(),
                Optional.of(GenAuthException.builder(ErrorCategory.PERMISSION_DENIED).requestId("req-9").build()),
                Optional.of(state("Activated")), Optional.empty(), List.of("req-9"), Optional.empty());

        String text = ActionTexts.result(en, failed, HelpdeskAction.SUSPEND);

        assertThat(text).startsWith("Not done: ").contains("(requestId req-9)").doesNotContain("After:");
    }

    @Test
    void everyActionRefusalAndOutcomeHasItsWordsInBothLanguages() {
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, I18n.CHINESE)) {
            java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("mfainspector.ui.messages", locale);
            for (HelpdeskAction a : HelpdeskAction.values()) {
                assertThat(b.containsKey(a.key()) && b.containsKey(a.key() + ".effect")).as(locale + " " + a).isTrue();
            }
            for (mfainspector.action.Refusal r : mfainspector.action.Refusal.values()) {
                assertThat(b.containsKey(r.key())).as(locale + " " + r).isTrue();
            }
            for (ActionResult.Outcome o : ActionResult.Outcome.values()) {
                assertThat(b.containsKey("action.outcome." + o.name())).as(locale + " " + o).isTrue();
            }
        }
        assertThat(new I18n(I18n.CHINESE).get(HelpdeskAction.TURN_OFF_FACE.key())).isEqualTo("关闭人脸");
    }

    @Test
    void everyActionsStateIsInTheWindowsWordsNotTheLogs() {
        I18n en = new I18n(java.util.Locale.ENGLISH);
        I18n zh = new I18n(I18n.CHINESE);
        UserState withApps = new UserState(state("Activated").user(), state("Activated").mfa(),
                List.of(new mfainspector.action.LoggedInApp("a-1", "Portal")));
        for (HelpdeskAction action : HelpdeskAction.values()) {
            for (I18n i18n : List.of(en, zh)) {
                assertThat(ActionTexts.state(i18n, state("Activated"), action)).as(action + " " + i18n.locale())
                        .isNotBlank().doesNotContain("=");
                assertThat(ActionTexts.state(i18n, withApps, action)).as(action + " " + i18n.locale())
                        .isNotBlank().doesNotContain("=");
            }
        }
        assertThat(ActionTexts.state(en, withApps, HelpdeskAction.SIGN_OUT)).isEqualTo("signed in to 1 app: Portal");
        assertThat(ActionTexts.state(en, state("Activated"), HelpdeskAction.SIGN_OUT))
                .isEqualTo("the apps signed in to could not be read");
        assertThat(ActionTexts.state(en, state("Activated"), HelpdeskAction.SET_MFA_PHONE)).isEqualTo("no MFA phone");
        assertThat(ActionTexts.state(zh, state("Suspended"), HelpdeskAction.REACTIVATE)).isEqualTo("已停用");
    }
}
