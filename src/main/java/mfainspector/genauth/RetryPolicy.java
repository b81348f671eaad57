package mfainspector.genauth;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Capped retry with exponential backoff, for idempotent GETs only. Retried: rate limits (waiting
 * as {@code Retry-After} says, up to a cap), 502/503/504 and failed connections. Not retried:
 * timeouts (a server that did not answer in 10 s would make the person wait three times as long)
 * and every answer that said no. Waits end at once when the call is cancelled.
 */
final class RetryPolicy {

    /** One try of a call; throws the categorized failure. */
    interface Attempt<T> {
        T run() throws GenAuthException;
    }

    private static final Set<Integer> TRANSIENT_STATUS = Set.of(502, 503, 504);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxRetryAfter;

    RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxRetryAfter) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxRetryAfter = maxRetryAfter;
    }

    <T> T run(Attempt<T> attempt, CancelSignal cancel) throws GenAuthException {
        for (int n = 1; ; n++) {
            try {
                return attempt.run();
            } catch (GenAuthException e) {
                Duration wait = n < maxAttempts ? delayAfter(n, e) : null;
                if (wait == null) {
                    throw e;
                }
                pause(wait, cancel);
            }
        }
    }

    /** How long to wait before the next try, or null when this failure is not worth retrying. */
    private Duration delayAfter(int attempt, GenAuthException e) {
        Duration backoff = baseDelay.multipliedBy(1L << Math.min(attempt - 1, 16));
        switch (e.category()) {
            case RATE_LIMITED:
                if (e.retryAfterSeconds().isEmpty()) {
                    return backoff;
                }
                Duration asked = Duration.ofSeconds(e.retryAfterSeconds().getAsInt());
                return asked.compareTo(maxRetryAfter) <= 0 ? asked : null;
            case SERVER_ERROR:
                boolean transientFault = TRANSIENT_STATUS.contains(e.httpStatus())
                        || TRANSIENT_STATUS.contains(e.statusCode().orElse(0));
                return transientFault ? backoff : null;
            case NETWORK_UNREACHABLE:
                // a proxy that refused the login would refuse it again, and might lock the account
                return e.getCause() instanceof NetworkSetup.ProxyLoginRefused ? null : backoff;
            default:
                return null;
        }
    }

    private static void pause(Duration wait, CancelSignal cancel) throws GenAuthException {
        CountDownLatch cancelled = new CountDownLatch(1);
        AutoCloseable registration = cancel.onCancel(cancelled::countDown);
        try {
            if (cancelled.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw Transport.cancelled(null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Transport.cancelled(e);
        } finally {
            Transport.unregister(registration);
        }
    }
}
