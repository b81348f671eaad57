package mfainspector.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a command prints: a table for people, JSON or CSV for programs. Each command allows its own subset. */
enum OutputFormat {
    TABLE, JSON, CSV;

    static OutputFormat parse(String s, Set<OutputFormat> allowed) {
        for (OutputFormat f : values()) {
            if (allowed.contains(f) && f.name().equalsIgnoreCase(s.strip())) {
                return f;
            }
        }
        List<String> names = allowed.stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
        String choice = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw new IllegalArgumentException("Unknown format '" + s + "': use " + choice);
    }
}
