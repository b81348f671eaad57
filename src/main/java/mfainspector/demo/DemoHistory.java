package mfainspector.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Each demo user's activity: seeded when the tenant starts, sign-ins on the tenant added as they happen. */
final class DemoHistory {

    private final Map<String, List<DemoEvent>> events = new ConcurrentHashMap<>();
    private final Instant started;

    DemoHistory(List<DemoUser> users, DemoApp app, Instant now) {
        this.started = now;
        for (DemoUser u : users) {
            events.put(u.userId(), new ArrayList<>(CaseData.history(u, app, now)));
        }
    }

    Instant started() {
        return started;
    }

    void add(DemoUser u, DemoEvent e) {
        List<DemoEvent> list = events.computeIfAbsent(u.userId(), k -> new ArrayList<>());
        synchronized (list) {
            list.add(e);
        }
    }

    /** The user's events, newest first. */
    List<DemoEvent> of(DemoUser u) {
        List<DemoEvent> list = events.getOrDefault(u.userId(), List.of());
        List<DemoEvent> copy;
        synchronized (list) {
            copy = new ArrayList<>(list);
        }
        copy.sort(Comparator.comparing(DemoEvent::time).reversed());
        return copy;
    }

    Optional<Instant> lastSuccess(DemoUser u, String eventType) {
        return of(u).stream().filter(e -> e.success() && e.eventType().equals(eventType)).map(DemoEvent::time)
                .findFirst();
    }

    long successfulSignIns(DemoUser u) {
        return of(u).stream().filter(e -> e.success() && e.eventType().equals("login")).count();
    }
}
