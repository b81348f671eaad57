package mfainspector.caller;

import mfainspector.lookup.CallerOutcome;
import java.util.List;
import java.util.Objects;

/**
 * The result of one check of a caller's code: the outcome, the user checked (their id) and the
 * GenAuth request ids of the calls made. Never holds the code or the secret.
 */
public record CallerCheck(CallerOutcome outcome, String userId, List<String> requestIds) {

    public CallerCheck {
        Objects.requireNonNull(outcome, "outcome");
        userId = userId == null ? "" : userId;
        requestIds = List.copyOf(requestIds);
    }
}
