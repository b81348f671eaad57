package mfainspector.report;

import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import mfainspector.genauth.CancelSignal;

/**
 * Paces every call of a scan: evenly spaced at the current rate, with a bounded number in flight
 * (turns missed in the last fifth of a second may be caught up).
 * A "too many requests" answer halves the rate (at most once a second, however many calls in
 * flight are refused together) and holds every call back for the server's {@code Retry-After};
 * each further second without one raises the rate by a tenth of the chosen rate, back up to it.
 * Thread-safe.
 */
final class RequestLimiter {

    private static final long SECOND = 1_000_000_000L;
    /** Without {@code Retry-After}, a 429 holds calls back this long. */
    private static final long DEFAULT_PAUSE = SECOND;
    /** The longest {@code Retry-After} honoured as given; longer ones are cut to this (then the call retries). */
    private static final long MAX_PAUSE = 60 * SECOND;
    private static final long CARRY_OVER = SECOND / 5;

    private final double chosenRate;
    private final LongSupplier clock;
    private final Semaphore inFlight;
    private final AtomicLong refused = new AtomicLong();

    private double rate;
    private long nextSlot;
    private long pausedUntil;
    private long lastChange;

    RequestLimiter(int rate, LongSupplier nanoClock) {
        this.chosenRate = rate;
        this.rate = rate;
        this.clock = nanoClock;
        this.inFlight = new Semaphore(maxInFlight(rate));
        long now = clock.getAsLong();
        this.nextSlot = now;
        this.pausedUntil = now;
        this.lastChange = now;
    }

    /** Enough calls in flight to reach the rate against a server answering in a quarter second, at most 32. */
    static int maxInFlight(int rate) {
        return Math.max(4, Math.min(32, rate / 4));
    }

    /**
     * Waits for this call's turn and a place in flight; {@link #release()} when the call is done.
     *
     * @return false when cancelled while waiting (then nothing is held)
     */
    boolean acquire(CancelSignal cancel) {
        try {
            while (!inFlight.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled()) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        long slot = Long.MIN_VALUE;
        while (true) {
            synchronized (this) {
                if (slot < pausedUntil) {
                    // first turn, or a 429 since this call got its turn: take a turn after the pause
                    // Turns left unused a moment ago (while the scan wrote a page) may still be taken, a
                    // fifth of a second's worth at most: the long-run rate stays the chosen one.
                    slot = Math.max(clock.getAsLong() - CARRY_OVER, Math.max(nextSlot, pausedUntil));
                    nextSlot = slot + (long) (SECOND / rate);
                }
            }
            long wait = slot - clock.getAsLong();
            if (wait <= 0) {
                return true;
            }
            if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
                inFlight.release();
                return false;
            }
            LockSupport.parkNanos(Math.min(wait, 50_000_000L));
        }
    }

    void release() {
        inFlight.release();
    }

    /** The server answered "too many requests": slow every call down and hold them back. */
    void rateLimited(OptionalInt retryAfterSeconds) {
        refused.incrementAndGet();
        long pause = retryAfterSeconds.isPresent()
                ? Math.min(MAX_PAUSE, Math.max(0, retryAfterSeconds.getAsInt()) * SECOND) : DEFAULT_PAUSE;
        synchronized (this) {
            long now = clock.getAsLong();
            pausedUntil = Math.max(pausedUntil, now + pause);
            if (now - lastChange >= SECOND || rate == chosenRate) {
                rate = Math.max(1, rate / 2);
                lastChange = now;
            }
        }
    }

    /** A call succeeded: after a second without a refusal, speed up by a tenth of the chosen rate. */
    void succeeded() {
        synchronized (this) {
            long now = clock.getAsLong();
            if (rate < chosenRate && now - lastChange >= SECOND && now >= pausedUntil) {
                rate = Math.min(chosenRate, rate + Math.max(1, chosenRate / 10));
                lastChange = now;
            }
        }
    }

    synchronized double rate() {
        return rate;
    }

    long refused() {
        return refused.get();
    }
}
