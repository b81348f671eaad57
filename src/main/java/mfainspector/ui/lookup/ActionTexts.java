package mfainspector.ui.lookup;

import mfainspector.action.ActionPlan;
import mfainspector.action.ActionResult;
import mfainspector.action.HelpdeskAction;
import mfainspector.action.LoggedInApp;
import mfainspector.action.UserState;
import mfainspector.factor.FactorType;
import mfainspector.ui.I18n;

/** The window's sentences of a helpdesk action: its effect, and how an attempt ended with before and after. */
final class ActionTexts {

    private ActionTexts() {
    }

    static String name(I18n i18n, HelpdeskAction a) {
        return i18n.get(a.key());
    }

    static String effect(I18n i18n, ActionPlan plan) {
        return i18n.get(plan.action().key() + ".effect", plan.effectArguments());
    }

    /** The outcome sentence, then before and after where they are known, one per line. */
    static String result(I18n i18n, ActionResult r, HelpdeskAction action) {
        StringBuilder b = new StringBuilder(switch (r.outcome()) {
            case SUCCEEDED -> i18n.get("action.outcome.SUCCEEDED", name(i18n, action));
            case FAILED -> i18n.get("action.outcome.FAILED", r.error()
                    .map(e -> i18n.get("error." + e.category().name()) + e.requestId().map(id -> " (requestId " + id + ")")
                            .orElse("")).orElse(""));
            case UNKNOWN -> i18n.get("action.outcome.UNKNOWN", r.error()
                    .map(e -> i18n.has("action.unknown." + e.category().name())
                            ? i18n.get("action.unknown." + e.category().name()) : e.category().name()).orElse(""));
            case CANCELLED -> i18n.get("action.outcome.CANCELLED");
            case REFUSED -> i18n.get("action.outcome.REFUSED", r.refusal().map(x -> i18n.get(x.key())).orElse(""));
        });
        r.before().ifPresent(s -> b.append('\n').append(i18n.get("action.before", state(i18n, s, action))));
        if (r.outcome() == ActionResult.Outcome.SUCCEEDED || r.outcome() == ActionResult.Outcome.UNKNOWN) {
            b.append('\n').append(r.after().map(s -> i18n.get("action.after", state(i18n, s, action)))
                    .orElse(i18n.get("action.after.unread")));
        }
        return b.toString();
    }

    /**
     * The part of the user's state {@code action} concerns, in the window's words (the lookup log
     * keeps {@link UserState#describe}'s language-neutral form): "Active", "MFA phone +1 202****0101",
     * "signed in to 2 apps: Portal, Mail", "authenticator app bound".
     */
    static String state(I18n i18n, UserState s, HelpdeskAction action) {
        return switch (action) {
            case SIGN_OUT -> s.signedInApps() == null ? i18n.get("action.state.apps.unknown")
                    : s.signedInApps().isEmpty() ? i18n.get("action.state.apps.none")
                    : i18n.get("action.state.apps", s.signedInApps().size(), String.join(", ",
                            s.signedInApps().stream().map(LoggedInApp::label).toList()));
            case SUSPEND, REACTIVATE -> StatusText.of(i18n, s.user().status());
            case SET_MFA_PHONE -> s.mfa().status().maskedMfaPhone().isEmpty() ? i18n.get("action.state.mfaPhone.none")
                    : i18n.get("action.state.mfaPhone", s.mfa().status().maskedMfaPhone());
            case SET_MFA_EMAIL -> s.mfa().status().maskedMfaEmail().isEmpty() ? i18n.get("action.state.mfaEmail.none")
                    : i18n.get("action.state.mfaEmail", s.mfa().status().maskedMfaEmail());
            case TURN_OFF_OTP -> i18n.get(s.bound(FactorType.OTP) ? "action.state.otp.bound" : "action.state.otp.unbound");
            case TURN_OFF_FACE -> i18n.get(s.bound(FactorType.FACE) ? "action.state.face.bound" : "action.state.face.unbound");
        };
    }
}
