package mfainspector.demo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The tenant's apps and users, their look-ups, and the sign-ins counted while it runs. */
final class DemoDirectory {

    /** Last sign-in and number of sign-ins, as the management API reports them. */
    record Activity(Instant lastLogin, int loginsCount) {
    }

    private final Map<String, DemoApp> apps;
    /** The users as they are now: the helpdesk actions replace a user's record while the tenant runs. */
    private final List<DemoUser> users;
    /** Per user id, the ids of the apps the user is signed in to. */
    private final Map<String, Set<String>> signedIn = new ConcurrentHashMap<>();
    private final Map<String, Activity> activity = new ConcurrentHashMap<>();
    private final DemoHistory history;

    DemoDirectory(List<DemoApp> apps, List<DemoUser> users) {
        this.apps = apps.stream().collect(Collectors.toUnmodifiableMap(DemoApp::appId, Function.identity()));
        this.users = new CopyOnWriteArrayList<>(users);
        this.history = new DemoHistory(users, apps.get(0), Instant.now());
        users.forEach(u -> activity.put(u.userId(), new Activity(history.lastSuccess(u, "login").orElse(u.lastLogin()),
                u.loginsCount() + (int) history.successfulSignIns(u))));
        users.stream().filter(u -> history.lastSuccess(u, "login").isPresent())
                .forEach(u -> signedIn.put(u.userId(), new LinkedHashSet<>(List.of(apps.get(0).appId()))));
    }

    /** The users' activity: seeded, and every sign-in made on this tenant. */
    DemoHistory history() {
        return history;
    }

    Optional<DemoApp> app(String appId) {
        return Optional.ofNullable(apps.get(appId));
    }

    List<DemoUser> users() {
        return List.copyOf(users);
    }

    /**
     * The user a sign-in names: {@code key} is the payload field ({@code account} matches
     * username, email or phone; {@code email}, {@code phone}, {@code username} only their own).
     */
    Optional<DemoUser> forSignIn(String key, String value) {
        return switch (key) {
            case "account" -> find(u -> sameText(u.username(), value) || sameText(u.email(), value)
                    || samePhone(u, value));
            case "email" -> find(u -> sameText(u.email(), value));
            case "phone" -> find(u -> samePhone(u, value));
            case "username" -> find(u -> sameText(u.username(), value));
            default -> Optional.empty();
        };
    }

    /** A management look-up by {@code userIdType}; an unsupported type is refused. */
    Optional<DemoUser> lookUp(String userIdType, String value) {
        return switch (userIdType) {
            case "user_id" -> find(u -> u.userId().equals(value));
            case "phone" -> find(u -> samePhone(u, value));
            case "email" -> find(u -> sameText(u.email(), value));
            case "username" -> find(u -> sameText(u.username(), value));
            case "external_id" -> find(u -> u.externalId().equals(value));
            default -> throw DemoFailure.badRequest(DemoMessage.BAD_USER_ID_TYPE, userIdType);
        };
    }

    /** Users whose username, name, email, phone or external id contains {@code keywords}. */
    List<DemoUser> search(String keywords) {
        String k = keywords.strip().toLowerCase(Locale.ROOT);
        return users.stream()
                .filter(u -> k.isEmpty() || List.of(u.username(), u.name(), u.email(), u.phone(), u.externalId())
                        .stream().anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(k)))
                .toList();
    }

    void recordSignIn(DemoUser user) {
        activity.compute(user.userId(), (id, a) -> new Activity(Instant.now(), a.loginsCount() + 1));
    }

    /** Adds a sign-in attempt on this tenant to the user's activity, as GenAuth's action log would. */
    void recordAttempt(DemoUser user, DemoApp app, boolean success) {
        history.add(user, CaseData.event(Instant.now(), "login", success, app, "127.0.0.1", null, success));
        if (success) {
            signedIn.computeIfAbsent(user.userId(), k -> new LinkedHashSet<>()).add(app.appId());
        }
    }

    // --- Helpdesk actions: changes that hold for the life of the tenant ---

    /** Replaces the user's record with {@code change}'s result; the new record. */
    synchronized DemoUser update(DemoUser user, UnaryOperator<DemoUser> change) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).userId().equals(user.userId())) {
                DemoUser now = change.apply(users.get(i));
                users.set(i, now);
                return now;
            }
        }
        throw new IllegalArgumentException("not a user of this tenant");
    }

    /** The ids of the apps the user is signed in to, in sign-in order. */
    List<String> signedInApps(DemoUser user) {
        Set<String> ids = signedIn.getOrDefault(user.userId(), Set.of());
        synchronized (ids) {
            return List.copyOf(ids);
        }
    }

    /** Signs the user out of the given apps. */
    void signOut(DemoUser user, List<String> appIds) {
        Set<String> ids = signedIn.get(user.userId());
        if (ids != null) {
            synchronized (ids) {
                appIds.forEach(ids::remove);
            }
        }
    }

    Activity activity(DemoUser user) {
        return activity.get(user.userId());
    }

    private Optional<DemoUser> find(Predicate<DemoUser> test) {
        return users.stream().filter(test).findFirst();
    }

    private static boolean sameText(String a, String b) {
        return a.equalsIgnoreCase(b.strip());
    }

    /**
     * A phone matches as the national number or in E.164 form with its {@code +}, whatever the
     * spacing; country digits without the {@code +} are ambiguous and match nothing.
     */
    private static boolean samePhone(DemoUser u, String value) {
        String given = value.replaceAll("[\\s().-]", "");
        return given.equals(u.phone()) || given.equals(u.phoneCountryCode() + u.phone());
    }
}
