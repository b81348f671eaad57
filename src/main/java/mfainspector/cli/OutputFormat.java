package mfainspector.cli;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a command prints: a table for people, JSON or CSV for programs. Each command allows its own subset. */
enum OutputFormat {
    TABLE, JSON, CSV;

    static OutputFormat parse(String s, Set<OutputFormat> allowed) {
        for (OutputFormat f : values()) {
            if (allowed.contains(f) && f.name().equalsIgnoreCase(s.strip())) {
                return f;
            }
        }
        String names = allowed.stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown format '" + s + "': use " + names);
    }
}
