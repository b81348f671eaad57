package mfainspector.genauth;

import java.time.Instant;
import java.util.Optional;

/**
 * One page of {@code POST /api/v3/list-users} as the coverage report pages it: users created in a
 * range (both ends included, sent as {@code advancedFilter [{field: createdAt, operator: BETWEEN,
 * value: [fromMillis, toMillis]}]}), ordered by creation time ({@code options.sort}).
 *
 * @param createdFrom first creation time included; empty for no lower bound
 * @param createdTo   last creation time included; empty for no upper bound
 * @param newestFirst sort by {@code createdAt} descending instead of ascending
 * @param page        from 1
 * @param limit       1 to {@link ManagementApi#MAX_PAGE_SIZE}
 */
public record ListUsersQuery(Optional<Instant> createdFrom, Optional<Instant> createdTo, boolean newestFirst,
        int page, int limit) {

    public ListUsersQuery {
        if (page < 1 || limit < 1 || limit > ManagementApi.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 1 or more and limit 1 to " + ManagementApi.MAX_PAGE_SIZE);
        }
        if (createdFrom.isPresent() != createdTo.isPresent()) {
            throw new IllegalArgumentException("give both ends of the creation range, or neither");
        }
    }

    /** Users created from {@code from} to {@code to}, both included, oldest first. */
    public static ListUsersQuery created(Instant from, Instant to, int page, int limit) {
        return new ListUsersQuery(Optional.of(from), Optional.of(to), false, page, limit);
    }

    /** The whole pool, oldest or newest first. */
    public static ListUsersQuery all(boolean newestFirst, int page, int limit) {
        return new ListUsersQuery(Optional.empty(), Optional.empty(), newestFirst, page, limit);
    }
}
