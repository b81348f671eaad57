package mfainspector.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.text.Csv;

/**
 * Prints factors for people (a table with masked details) or for programs (JSON and CSV carry
 * the factors as the API returned them).
 */
final class FactorsOutput {

    static final Set<OutputFormat> FORMATS = Set.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV);

    private FactorsOutput() {
    }

    static void write(OutputFormat format, List<Factor> factors, List<FactorType> toEnroll, String account, PrintStream out) {
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
            TextTable.print(rows, out);
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
        out.println(JsonText.indented(doc));
    }

    private static Map<String, Object> asApiObject(Factor f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factorId", f.factorId());
        m.put("factorType", f.type().name());
        m.put("profile", f.profile());
        return m;
    }

    private static void csv(List<Factor> factors, PrintStream out) {
        out.print(Csv.line(List.of("factorId", "factorType", "phoneCountryCode", "phoneNumber", "email", "profile")));
        for (Factor f : factors) {
            out.print(Csv.line(List.of(f.factorId(), f.type().name(), f.phoneCountryCode().orElse(""),
                    f.phoneNumber().orElse(""), f.email().orElse(""), JsonText.compact(f.profile()))));
        }
    }
}
