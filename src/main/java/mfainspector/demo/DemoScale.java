package mfainspector.demo;

/**
 * A demo tenant at scale, for the coverage report: synthetic users besides the named ones, a rate
 * limit answered as GenAuth does, and the deep-paging cap of {@code list-users}.
 *
 * @param users         synthetic users (deterministic, generated on demand: 100,000 cost no memory)
 * @param rateLimit     requests per second for all calls together before answering HTTP 429 with
 *                      {@code Retry-After}; 0 for no limit
 * @param pagingCap     {@code list-users} serves only the first this many results of a query
 *                      (offset + limit); deeper pages are refused, narrow with {@code advancedFilter}
 * @param brokenEvery   every this-many-th synthetic user's MFA calls fail with a server error (a
 *                      user the scan cannot read); 0 for none
 */
public record DemoScale(int users, int rateLimit, int pagingCap, int brokenEvery) {

    /** The cap the demo tenant enforces unless told otherwise: a query's first 10,000 results. */
    public static final int DEFAULT_PAGING_CAP = 10_000;
    /** The most synthetic users a tenant serves. */
    public static final int MAX_USERS = 10_000_000;

    public DemoScale {
        if (users < 0 || users > MAX_USERS) {
            throw new IllegalArgumentException("The number of users must be 0 to " + MAX_USERS);
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("The rate limit must be 0 (none) or more");
        }
        if (pagingCap < 1) {
            throw new IllegalArgumentException("The paging cap must be 1 or more");
        }
        if (brokenEvery < 0) {
            throw new IllegalArgumentException("brokenEvery must be 0 (none) or more");
        }
    }

    /** Only the named users, no limit, the default paging cap. */
    public static DemoScale none() {
        return new DemoScale(0, 0, DEFAULT_PAGING_CAP, 0);
    }

    public DemoScale withUsers(int n) {
        return new DemoScale(n, rateLimit, pagingCap, brokenEvery);
    }

    public DemoScale withRateLimit(int perSecond) {
        return new DemoScale(users, perSecond, pagingCap, brokenEvery);
    }

    public DemoScale withPagingCap(int cap) {
        return new DemoScale(users, rateLimit, cap, brokenEvery);
    }

    public DemoScale withBrokenEvery(int k) {
        return new DemoScale(users, rateLimit, pagingCap, k);
    }
}
