package mfainspector.lookup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mfainspector.genauth.ErrorCategory;

/**
 * One entry as one JSON object on one line (JSON Lines). JSON escapes every control character, so
 * no value can end the line early or forge another entry, whatever a profile name or ticket holds.
 * <pre>{"time":"2026-01-12T09:30:00Z","osAccount":"jdoe","profile":"Acme","idType":"email",
 *  "identifier":"a***@example.com","outcome":"error","error":"TIMEOUT","ticket":"INC-42"}</pre>
 * {@code outcome} is {@code found}, {@code not_found}, {@code several_matches} or {@code error};
 * {@code error} (an error category) is present with {@code error} only. Optional, when there is
 * something to note: {@code "requestIds":["..."]} (GenAuth's ids of the calls) and
 * {@code "verification":{"outcome":"verified","method":"otp"}} (a check of the caller). A reader
 * ignores fields it does not know and reads lines without these as before. A coverage report run
 * adds {@code "report":{"host":..,"userPoolId":..,"export":..,"format":..,"masked":..,"rows":..,
 * "scanned":..}}.
 */
final class LookupLogFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FIELD = 200;
    private static final int MAX_IDS = 20;

    private LookupLogFormat() {
    }

    static String line(LookupLogEntry e) {
        ObjectNode o = JSON.createObjectNode()
                .put("time", e.time().toString())
                .put("osAccount", capped(e.osAccount()))
                .put("profile", capped(e.profile()))
                .put("idType", e.identifierType().wireName())
                .put("identifier", capped(e.maskedIdentifier()))
                .put("outcome", e.outcome().kindName());
        e.outcome().error().ifPresent(c -> o.put("error", c.name()));
        o.put("ticket", e.ticket());
        if (!e.requestIds().isEmpty()) {
            ArrayNode ids = o.putArray("requestIds");
            e.requestIds().stream().limit(MAX_IDS).forEach(id -> ids.add(capped(id)));
        }
        e.verification().ifPresent(v -> o.putObject("verification").put("outcome", v.outcome().wireName())
                .put("method", v.method()));
        e.report().ifPresent(r -> o.putObject("report").put("host", capped(r.host()))
                .put("userPoolId", capped(r.userPoolId())).put("export", capped(r.exportPath()))
                .put("format", capped(r.format())).put("masked", r.masked()).put("rows", capped(r.rows()))
                .put("scanned", r.scanned()));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a log entry could not be written as JSON", ex);
        }
    }

    /** The entry on {@code line}, or empty when the line is not one this format wrote. */
    static Optional<LookupLogEntry> parse(String line) {
        try {
            JsonNode o = JSON.readTree(line);
            if (o == null || !o.isObject()) {
                return Optional.empty();
            }
            LookupOutcome.Kind kind = LookupOutcome.Kind.valueOf(text(o, "outcome").toUpperCase(Locale.ROOT));
            Optional<ErrorCategory> error = o.hasNonNull("error") ? Optional.of(ErrorCategory.valueOf(text(o, "error")))
                    : Optional.empty();
            return Optional.of(new LookupLogEntry(Instant.parse(text(o, "time")), text(o, "osAccount"),
                    text(o, "profile"), idType(text(o, "idType")), text(o, "identifier"),
                    new LookupOutcome(kind, error), TicketNumber.sanitize(o.path("ticket").asText("")),
                    requestIds(o.get("requestIds")), verification(o.get("verification")), report(o.get("report"))));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The request ids, tolerantly: anything but an array of texts gives none. */
    private static List<String> requestIds(JsonNode v) {
        List<String> ids = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (JsonNode id : v) {
                if (id.isTextual() && !id.asText().isBlank() && ids.size() < MAX_IDS) {
                    ids.add(capped(id.asText().strip()));
                }
            }
        }
        return ids;
    }

    /** The check of the caller, tolerantly: an unknown outcome or a missing method gives none. */
    private static Optional<CallerVerification> verification(JsonNode v) {
        if (v == null || !v.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CallerVerification(CallerOutcome.parse(v.path("outcome").asText("")),
                    v.path("method").asText("")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The report run, tolerantly: anything but an object with a host gives none. */
    private static Optional<ReportRun> report(JsonNode v) {
        if (v == null || !v.isObject() || !v.path("host").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new ReportRun(capped(v.path("host").asText()), capped(v.path("userPoolId").asText("")),
                capped(v.path("export").asText("")), capped(v.path("format").asText("")),
                v.path("masked").asBoolean(true), capped(v.path("rows").asText("")), v.path("scanned").asLong(0)));
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asText();
    }

    private static UserIdType idType(String wireName) {
        for (UserIdType t : UserIdType.values()) {
            if (t.wireName().equals(wireName)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown idType");
    }

    private static String capped(String s) {
        return s.length() <= MAX_FIELD ? s : s.substring(0, MAX_FIELD);
    }
}
