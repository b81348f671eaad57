package mfainspector.ui.lookup;

import mfainspector.action.ActionPlan;
import mfainspector.action.ActionResult;
import mfainspector.action.HelpdeskAction;
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
            case UNKNOWN -> i18n.get("action.outcome.UNKNOWN", r.error().map(e -> e.category().name()).orElse(""));
            case CANCELLED -> i18n.get("action.outcome.CANCELLED");
            case REFUSED -> i18n.get("action.outcome.REFUSED", r.refusal().map(x -> i18n.get(x.key())).orElse(""));
        });
        r.before().ifPresent(s -> b.append('\n').append(i18n.get("action.before", s.describe(action))));
        if (r.outcome() == ActionResult.Outcome.SUCCEEDED || r.outcome() == ActionResult.Outcome.UNKNOWN) {
            b.append('\n').append(r.after().map(s -> i18n.get("action.after", s.describe(action)))
                    .orElse(i18n.get("action.after.unread")));
        }
        return b.toString();
    }
}
