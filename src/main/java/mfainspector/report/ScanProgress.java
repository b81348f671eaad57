package mfainspector.report;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a running scan stands.
 *
 * @param done         users whose row is on disk (also those of an earlier, resumed run)
 * @param total        users the pool holds as the server counted them at the start; 0 until known
 * @param usersPerSecond users done per second over the last few seconds of this run
 * @param eta          time left at that rate; empty while unknown
 * @param failures     users whose MFA state could not be read so far ({@link Category#UNKNOWN} rows)
 * @param rateLimited  answers "too many requests" (HTTP 429) so far in this run
 * @param requestsPerSecond the limiter's current rate: the chosen rate, or less after a 429
 */
public record ScanProgress(long done, long total, double usersPerSecond, Optional<Duration> eta, long failures,
        long rateLimited, double requestsPerSecond) {

    /** Done as a fraction of the total, 0 to 1; 0 while the total is unknown. */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
