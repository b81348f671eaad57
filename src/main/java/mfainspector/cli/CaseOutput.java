package mfainspector.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mfainspector.factor.FactorType;
import mfainspector.lookup.AccountHealth;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.Finding;
import mfainspector.lookup.Timeline;
import mfainspector.text.TimeText;

/**
 * The case view of {@code lookup --activity}: diagnosis, account health and the activity timeline,
 * as table sections or as JSON members. Times in UTC through {@link TimeText}; IP addresses masked.
 *
 * @param health   the account's health
 * @param timeline the activity loaded, or null when it could not be
 * @param findings the diagnosis
 * @param locale   the language of the findings
 */
record CaseOutput(AccountHealth health, Timeline timeline, List<Finding> findings, Locale locale) {

    private static final ZoneId ZONE = ZoneOffset.UTC;

    void table(PrintStream out) {
        out.println("Diagnosis");
        for (Finding f : findings) {
            out.println("  - " + f.text(locale));
        }
        out.println();
        out.println("Account health");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"  Status", health.statusText()
                + health.statusChangedAt().map(t -> " (since " + time(t) + ")").orElse("")});
        rows.add(new String[] {"  Last sign-in", health.lastLogin().map(CaseOutput::time).orElse("unknown")
                + (health.maskedLastIp().isEmpty() ? "" : " from " + health.maskedLastIp())
                + (health.lastLoginApp().isEmpty() ? "" : ", app " + health.lastLoginApp())});
        rows.add(new String[] {"  Sign-ins", health.loginsCount().isPresent()
                ? Integer.toString(health.loginsCount().getAsInt()) : "unknown"});
        rows.add(new String[] {"  Last MFA", health.lastMfaTime().map(CaseOutput::time).orElse("unknown")});
        rows.add(new String[] {"  Password set", health.passwordLastSetAt().map(CaseOutput::time).orElse("unknown")});
        rows.add(new String[] {"  Email verified", yesNo(health.emailVerified())});
        rows.add(new String[] {"  Phone verified", yesNo(health.phoneVerified())});
        rows.add(new String[] {"  Reset password at next sign-in", yesNo(health.resetPasswordOnNextLogin())});
        TextTable.print(rows, out);
        if (timeline == null) {
            return;
        }
        out.println();
        List<ActivityEvent> events = timeline.events();
        out.println("Activity, last " + timeline.period().label() + (timeline.failuresOnly() ? ", failures only" : "")
                + " (" + events.size() + (timeline.hasOlder() ? "+" : "") + " events, newest first, times "
                + TimeText.zone(ZONE, timeline.to()) + ")");
        if (events.isEmpty()) {
            out.println("  none");
            return;
        }
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"TIME", "EVENT", "RESULT", "FACTOR", "APP", "IP", "PLACE", "DEVICE", "REQUEST ID"});
        for (ActivityEvent e : events) {
            table.add(new String[] {TimeText.plain(e.time(), ZONE), dash(e.eventType()), result(e),
                    e.factor().map(FactorType::name).orElse("-"), dash(e.app()), dash(e.maskedIp()), dash(e.place()),
                    dash(e.agent()), dash(e.requestId())});
        }
        TextTable.print(table, out);
        if (timeline.hasOlder()) {
            out.println("Older events exist: the window loads them page by page.");
        }
    }

    /** The members added to the JSON document: diagnosis, health, activity. */
    void json(Map<String, Object> doc) {
        List<Map<String, Object>> diagnosis = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", f.kind().name());
            m.put("severity", f.severity().name());
            m.put("text", f.text(locale));
            diagnosis.add(m);
        }
        doc.put("diagnosis", diagnosis);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", health.status().name());
        h.put("rawStatus", health.rawStatus());
        h.put("statusChangedAt", iso(health.statusChangedAt()));
        h.put("lastLogin", iso(health.lastLogin()));
        h.put("lastIp", health.maskedLastIp().isEmpty() ? null : health.maskedLastIp());
        h.put("lastLoginApp", health.lastLoginApp().isEmpty() ? null : health.lastLoginApp());
        h.put("loginsCount", health.loginsCount().isPresent() ? health.loginsCount().getAsInt() : null);
        h.put("lastMfaTime", iso(health.lastMfaTime()));
        h.put("passwordLastSetAt", iso(health.passwordLastSetAt()));
        h.put("emailVerified", health.emailVerified().orElse(null));
        h.put("phoneVerified", health.phoneVerified().orElse(null));
        h.put("resetPasswordOnNextLogin", health.resetPasswordOnNextLogin().orElse(null));
        doc.put("health", h);
        if (timeline == null) {
            return;
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("period", timeline.period().label());
        a.put("from", timeline.from().toString());
        a.put("to", timeline.to().toString());
        a.put("failuresOnly", timeline.failuresOnly());
        a.put("hasOlder", timeline.hasOlder());
        a.put("requestIds", timeline.requestIds());
        List<Map<String, Object>> events = new ArrayList<>();
        for (ActivityEvent e : timeline.events()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", e.time().toString());
            m.put("eventType", e.eventType());
            m.put("kind", e.kind().name());
            m.put("success", e.success().orElse(null));
            m.put("factor", e.factor().map(FactorType::name).orElse(null));
            m.put("appId", e.appId());
            m.put("appName", e.appName());
            m.put("ip", e.maskedIp());
            m.put("city", e.city());
            m.put("region", e.region());
            m.put("country", e.country());
            m.put("device", e.device());
            m.put("browser", e.browser());
            m.put("os", e.os());
            m.put("requestId", e.requestId());
            m.put("source", e.source().name());
            events.add(m);
        }
        a.put("events", events);
        doc.put("activity", a);
    }

    private static String result(ActivityEvent e) {
        return e.success().map(ok -> ok ? "ok" : "FAILED").orElse(e.succeeded() ? "ok" : "-");
    }

    private static String time(Instant t) {
        return TimeText.dateTime(t, ZONE);
    }

    private static String yesNo(Optional<Boolean> b) {
        return b.map(v -> v ? "yes" : "no").orElse("unknown");
    }

    private static String iso(Optional<Instant> t) {
        return t.map(Instant::toString).orElse(null);
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
