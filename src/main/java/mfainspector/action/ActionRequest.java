package mfainspector.action;

import java.util.Objects;
import java.util.Optional;
import mfainspector.lookup.ActionNote;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.TicketNumber;

/**
 * What the agent asks for: the action, its new value where it needs one, the ticket, the reason,
 * and the check of the caller it relies on, or none with a justification.
 *
 * @param value         the new MFA phone ({@code +<country code> <number>}) or email; empty for the others
 * @param verification  the caller's check from the case view; empty when the caller was not verified
 * @param justification why acting without a verified caller; ignored when the caller was verified
 */
public record ActionRequest(HelpdeskAction action, String value, String ticket, String reason,
        Optional<CallerVerification> verification, String justification) {

    public ActionRequest {
        Objects.requireNonNull(action, "action");
        value = value == null ? "" : value.strip();
        ticket = TicketNumber.sanitize(ticket);
        reason = ActionNote.oneLine(reason);
        Objects.requireNonNull(verification, "verification");
        justification = ActionNote.oneLine(justification);
    }

    /** True when the check of the caller confirmed them. */
    public boolean callerVerified() {
        return verification.map(v -> v.outcome() == mfainspector.lookup.CallerOutcome.VERIFIED).orElse(false);
    }

    /** The new value masked: a phone number or an email is personal data. */
    @Override
    public String toString() {
        String masked = value.isEmpty() ? "" : value.contains("@") ? mfainspector.factor.Masking.maskEmail(value)
                : mfainspector.factor.Masking.maskContact(value);
        return "ActionRequest[action=" + action.wireName() + ", value=" + masked + ", ticket=" + ticket
                + ", verified=" + callerVerified() + "]";
    }
}
