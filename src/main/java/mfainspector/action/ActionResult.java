package mfainspector.action;

import java.util.List;
import java.util.Optional;
import mfainspector.genauth.GenAuthException;

/**
 * How an attempt ended, with the user's state before and, when it could be read again, after.
 *
 * @param refusal    set with {@link Outcome#REFUSED} only
 * @param error      the failure of the changing call ({@link Outcome#FAILED}, {@link Outcome#UNKNOWN})
 * @param after      the user read again after the call; empty when not sent or when that read failed
 * @param requestIds GenAuth's request ids of the calls made for this attempt
 * @param logProblem why the attempt's final log line could not be written (the line before sending was)
 */
public record ActionResult(Outcome outcome, Optional<Refusal> refusal, Optional<GenAuthException> error,
        Optional<UserState> before, Optional<UserState> after, List<String> requestIds, Optional<String> logProblem) {

    public enum Outcome {
        /** GenAuth confirmed the change. */
        SUCCEEDED,
        /** GenAuth refused, or the call never reached it: nothing changed. */
        FAILED,
        /** Sent, but no answer came (timeout, connection lost, server fault): the user was read again instead. */
        UNKNOWN,
        /** A rule stopped it before anything was sent. */
        REFUSED,
        /** The agent cancelled at the confirmation. */
        CANCELLED
    }

    public ActionResult {
        requestIds = List.copyOf(requestIds);
    }

    ActionResult withLogProblem(String problem) {
        return new ActionResult(outcome, refusal, error, before, after, requestIds, Optional.of(problem));
    }

    /** As the lookup log writes it: {@code succeeded}, {@code failed:TIMEOUT}, {@code refused:no-ticket}, ... */
    public String logWord() {
        String word = outcome.name().toLowerCase(java.util.Locale.ROOT);
        return switch (outcome) {
            case REFUSED -> word + ":" + refusal.map(Refusal::wireName).orElse("");
            case FAILED, UNKNOWN -> word + error.map(e -> ":" + e.category().name()).orElse("");
            default -> word;
        };
    }
}
