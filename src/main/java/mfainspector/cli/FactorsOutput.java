package mfainspector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;

/**
 * Prints factors for people (a table with masked details) or for programs (JSON and CSV carry
 * the factors as the API returned them).
 */
final class FactorsOutput {

    enum Format {
        TABLE, JSON, CSV;

        static Format parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown format '" + s + "': use table, json or csv");
            }
        }
    }

    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper JSON = COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private FactorsOutput() {
    }

    static void write(Format format, List<Factor> factors, List<FactorType> toEnroll, String account, PrintStream out) {
        switch (format) {
            case TABLE -> table(factors, toEnroll, account, out);
            case JSON -> json(factors, toEnroll, out);
            case CSV -> csv(factors, out);
        }
        out.flush();
    }

    private static void table(List<Factor> factors, List<FactorType> toEnroll, String account, PrintStream out) {
        String who = account == null || account.isBlank() ? "this user" : account;
        if (factors.isEmpty()) {
            out.println("No MFA factors enrolled for " + who + ".");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"TYPE", "FACTOR ID", "DETAILS"});
            factors.forEach(f -> rows.add(new String[] {f.type().name(), f.factorId(), f.maskedDetail()}));
            int[] widths = new int[3];
            rows.forEach(r -> {
                for (int i = 0; i < 3; i++) {
                    widths[i] = Math.max(widths[i], r[i].length());
                }
            });
            rows.forEach(r -> out.println(String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %s", r[0], r[1], r[2]).stripTrailing()));
            out.println();
            out.println(factors.size() + (factors.size() == 1 ? " factor" : " factors") + " enrolled for " + who + ".");
        }
        out.println("Available to enroll: " + (toEnroll.isEmpty() ? "none"
                : toEnroll.stream().map(FactorType::name).collect(Collectors.joining(", "))));
    }

    private static void json(List<Factor> factors, List<FactorType> toEnroll, PrintStream out) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("enrolled", factors.stream().map(FactorsOutput::asApiObject).toList());
        doc.put("availableToEnroll", toEnroll.stream().map(FactorType::name).toList());
        out.println(toJson(JSON, doc));
    }

    private static Map<String, Object> asApiObject(Factor f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factorId", f.factorId());
        m.put("factorType", f.type().name());
        m.put("profile", f.profile());
        return m;
    }

    private static void csv(List<Factor> factors, PrintStream out) {
        out.print("factorId,factorType,phoneCountryCode,phoneNumber,email,profile\r\n");
        for (Factor f : factors) {
            out.print(String.join(",", cell(f.factorId()), cell(f.type().name()), cell(f.phoneCountryCode().orElse("")),
                    cell(f.phoneNumber().orElse("")), cell(f.email().orElse("")), cell(compact(f.profile()))) + "\r\n");
        }
    }

    private static String compact(Map<String, Object> profile) {
        return toJson(COMPACT, profile);
    }

    private static String toJson(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not be written as JSON", e);
        }
    }

    /**
     * RFC 4180 quoting, and a leading apostrophe where a spreadsheet would read the cell as a
     * formula ({@code =}, {@code @}, or {@code +}/{@code -} not followed by a digit): the values
     * come from a server, not from us. A country code like {@code +86} stays as it is.
     */
    static String cell(String v) {
        String s = v;
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            boolean signedNumber = (c == '+' || c == '-') && s.length() > 1 && Character.isDigit(s.charAt(1));
            if (c == '=' || c == '@' || c == '\t' || c == '\r' || ((c == '+' || c == '-') && !signedNumber)) {
                s = "'" + s;
            }
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
