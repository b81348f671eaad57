package mfainspector.demo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The tenant's apps and users, their look-ups, and the sign-ins counted while it runs. */
final class DemoDirectory {

    /** Last sign-in and number of sign-ins, as the management API reports them. */
    record Activity(Instant lastLogin, int loginsCount) {
    }

    private final Map<String, DemoApp> apps;
    private final List<DemoUser> users;
    private final Map<String, Activity> activity = new ConcurrentHashMap<>();
    private final DemoHistory history;

    DemoDirectory(List<DemoApp> apps, List<DemoUser> users) {
        this.apps = apps.stream().collect(Collectors.toUnmodifiableMap(DemoApp::appId, Function.identity()));
        this.users = List.copyOf(users);
        this.history = new DemoHistory(users, apps.get(0), Instant.now());
        users.forEach(u -> activity.put(u.userId(), new Activity(history.lastSuccess(u, "login").orElse(u.lastLogin()),
                u.loginsCount() + (int) history.successfulSignIns(u))));
    }

    /** The users' activity: seeded, and every sign-in made on this tenant. */
    DemoHistory history() {
        return history;
    }

    Optional<DemoApp> app(String appId) {
        return Optional.ofNullable(apps.get(appId));
    }

    List<DemoUser> users() {
        return users;
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
