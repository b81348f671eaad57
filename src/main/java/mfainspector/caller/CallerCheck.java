package mfainspector.caller;

import java.util.Objects;
import mfainspector.lookup.CallerOutcome;

/**
 * The result of one check of a caller's code: the outcome and the user checked (their id). Never
 * holds the code or the secret. The calls' request ids reach the lookup log through
 * {@link mfainspector.genauth.ManagementClient#onRequestId}.
 */
public record CallerCheck(CallerOutcome outcome, String userId) {

    public CallerCheck {
        Objects.requireNonNull(outcome, "outcome");
        userId = userId == null ? "" : userId;
    }
}
