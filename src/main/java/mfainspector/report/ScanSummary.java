package mfainspector.report;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the head of a report says: against which host and pool, when the scan ran, how many users
 * were listed and scanned, and how many fall into each category.
 *
 * @param host     the Management API address, e.g. {@code https://api.genauth.ai}
 * @param listed   users in the pool as the scan's first listing counted them
 * @param scanned  users with a row: equal to {@code listed} when complete, unless users were deleted
 *                 (or, unexpectedly, had no creation time) while the scan ran
 * @param finished when the last user was scanned; empty while the scan is unfinished
 */
public record ScanSummary(String host, String userPoolId, Instant started, Optional<Instant> finished, long listed,
        long scanned, Map<Category, Long> counts) {

    public ScanSummary {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        EnumMap<Category, Long> all = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            all.put(c, counts.getOrDefault(c, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public long count(Category c) {
        return counts.get(c);
    }

    public boolean complete() {
        return finished.isPresent();
    }
}
