package mfainspector.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mfainspector.factor.FactorType;
import mfainspector.lookup.ApplicationMfaPolicy;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.MfaStatus;
import mfainspector.lookup.UserMfaState;

/**
 * Prints a looked-up user for people (a card with email and phone masked, one row per MFA type)
 * or for programs (JSON with the values as the API returned them).
 */
final class LookupOutput {

    static final Set<OutputFormat> FORMATS = Set.of(OutputFormat.TABLE, OutputFormat.JSON);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private LookupOutput() {
    }

    static void write(OutputFormat format, ManagedUser user, UserMfaState state, PrintStream out) {
        write(format, user, state, null, out);
    }

    /** As above, with the case view ({@code --activity}) when {@code caseView} is not null. */
    static void write(OutputFormat format, ManagedUser user, UserMfaState state, CaseOutput caseView, PrintStream out) {
        if (format == OutputFormat.JSON) {
            Map<String, Object> doc = json(user, state);
            if (caseView != null) {
                caseView.json(doc);
            }
            out.println(JsonText.indented(doc));
        } else {
            table(user, state, out);
            if (caseView != null) {
                out.println();
                caseView.table(out);
            }
        }
        out.flush();
    }

    private static void table(ManagedUser user, UserMfaState state, PrintStream out) {
        List<String[]> card = new ArrayList<>();
        card.add(new String[] {"Name", orDash(user.displayName())});
        card.add(new String[] {"Username", orDash(user.username())});
        card.add(new String[] {"User id", orDash(user.userId())});
        card.add(new String[] {"Email", orDash(user.maskedEmail())});
        card.add(new String[] {"Phone", orDash(user.maskedPhone())});
        card.add(new String[] {"Status", orDash(user.status())});
        card.add(new String[] {"Created", time(user.createdAt())});
        card.add(new String[] {"Last sign-in", time(user.lastLogin())});
        card.add(new String[] {"Last MFA", time(user.lastMfaTime())});
        TextTable.print(card, out);
        out.println();

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"MFA", "STATE", "DETAILS"});
        for (FactorType type : UserMfaState.knownTypes()) {
            rows.add(new String[] {type.name(), bound(state.binding(type)), detail(type, state.status())});
        }
        TextTable.print(rows, out);
        out.println();
        out.println("App MFA policies: " + policies(state.applicationMfa()));
        out.println("Factor IDs and details come from the user's own sign-in: see 'mfa-inspector factors --help'.");
    }

    private static String bound(Enablement e) {
        return switch (e) {
            case ENABLED -> "bound";
            case DISABLED -> "not bound";
            case UNKNOWN -> "unknown";
        };
    }

    private static String detail(FactorType type, MfaStatus status) {
        return switch (type.kind()) {
            case SMS -> status.maskedMfaPhone();
            case EMAIL -> status.maskedMfaEmail();
            default -> "";
        };
    }

    private static String policies(List<ApplicationMfaPolicy> policies) {
        if (policies.isEmpty()) {
            return "none";
        }
        return policies.stream().sorted(Comparator.comparingInt(ApplicationMfaPolicy::sort))
                .map(p -> p.mfaPolicy().name() + " " + switch (p.status()) {
                    case ENABLED -> "on";
                    case DISABLED -> "off";
                    case UNKNOWN -> "unknown";
                })
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Object> json(ManagedUser user, UserMfaState state) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("userId", user.userId());
        u.put("username", user.username());
        u.put("name", user.name());
        u.put("nickname", user.nickname());
        u.put("email", user.email());
        u.put("phone", user.phone());
        u.put("phoneCountryCode", user.phoneCountryCode());
        u.put("externalId", user.externalId());
        u.put("status", user.status());
        u.put("createdAt", iso(user.createdAt()));
        u.put("lastLogin", iso(user.lastLogin()));
        u.put("lastMfaTime", iso(user.lastMfaTime()));
        u.put("loginsCount", user.loginsCount().isPresent() ? user.loginsCount().getAsInt() : null);

        Map<String, Object> bindings = new LinkedHashMap<>();
        UserMfaState.knownTypes().forEach(t -> bindings.put(t.name(), wire(state.binding(t))));
        MfaStatus s = state.status();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("mfaPhone", s.mfaPhone());
        status.put("mfaPhoneCountryCode", s.mfaPhoneCountryCode());
        status.put("mfaEmail", s.mfaEmail());
        status.put("totpMfaEnabled", wire(s.totpMfaEnabled()));
        status.put("faceMfaEnabled", wire(s.faceMfaEnabled()));
        status.put("applicationMfa", s.applicationMfa().stream().map(LookupOutput::json).toList());

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("user", u);
        doc.put("mfa", bindings);
        doc.put("mfaStatus", status);
        return doc;
    }

    private static Map<String, Object> json(ApplicationMfaPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mfaPolicy", p.mfaPolicy().name());
        m.put("status", wire(p.status()));
        m.put("sort", p.sort());
        return m;
    }

    /** {@code enabled}, {@code disabled} or {@code unknown}: the API's own words, lower case. */
    private static String wire(Enablement e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String time(Optional<Instant> t) {
        return t.map(TIME::format).orElse("-");
    }

    private static String iso(Optional<Instant> t) {
        return t.map(Instant::toString).orElse(null);
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
