package mfainspector.action;

import java.util.Locale;

/** Why an action was not sent. Each is noted in the lookup log as {@code refused:<wire name>}. */
public enum Refusal {
    /** The profile does not allow actions. */
    ACTIONS_OFF,
    /** No ticket number. */
    NO_TICKET,
    /** No reason. */
    NO_REASON,
    /** The caller was not verified and no justification was given. */
    NOT_VERIFIED,
    /** The action needs a new phone number or email address and none was given. */
    NO_VALUE,
    /** The new phone number is not international ({@code +<country code> <number>}) or the email is not one. */
    BAD_VALUE,
    /** There is nothing to do: already suspended or active, not signed in anywhere, factor not bound, same value. */
    NOTHING_TO_DO,
    /** What was typed to confirm is neither the user's username nor their email. */
    CONFIRMATION_MISMATCH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The key of this refusal's sentence in the message bundles. */
    public String key() {
        return "action.refused." + wireName();
    }
}
