package mfainspector.caller;

import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Remembers which time step's code verified for which user, so that the same code cannot verify
 * again while it could still be valid (its step plus the window, about 90 seconds). Holds user ids
 * and step numbers only, never a code or a secret. Memory only: one guard per running app (the
 * window) or command run. Thread-safe.
 */
public final class ReplayGuard {

    private final Clock clock;
    private final Map<String, Set<Long>> used = new HashMap<>();

    public ReplayGuard(Clock clock) {
        this.clock = clock;
    }

    /** True when {@code step} already verified for {@code userId}. */
    synchronized boolean isUsed(String userId, long step) {
        prune();
        return used.getOrDefault(userId, Set.of()).contains(step);
    }

    /** Notes that {@code step}'s code verified for {@code userId}; false when it already had. */
    synchronized boolean markUsed(String userId, long step) {
        prune();
        return used.computeIfAbsent(userId, k -> new TreeSet<>()).add(step);
    }

    /** Forgets steps whose codes can no longer verify. */
    private void prune() {
        long oldestValid = Totp.step(clock.instant()) - Totp.WINDOW;
        for (Iterator<Map.Entry<String, Set<Long>>> it = used.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Set<Long>> e = it.next();
            e.getValue().removeIf(s -> s < oldestValid);
            if (e.getValue().isEmpty()) {
                it.remove();
            }
        }
    }
}
