package mfainspector.demo;

import java.util.function.LongSupplier;

/**
 * The tenant's rate limit, a token bucket: up to {@code perSecond} calls at once after a quiet
 * second, then {@code perSecond} a second. A call that finds the bucket empty is refused (HTTP 429).
 */
final class DemoRateLimit {

    private final double perSecond;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    DemoRateLimit(int perSecond, LongSupplier nanoClock) {
        this.perSecond = perSecond;
        this.nanoClock = nanoClock;
        this.tokens = perSecond;
        this.last = nanoClock.getAsLong();
    }

    synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
