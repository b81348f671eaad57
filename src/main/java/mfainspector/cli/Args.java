package mfainspector.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import mfainspector.genauth.HostAddress;

/**
 * Options of one command: {@code --name value}, {@code --name=value} and flags. Every option must
 * be declared, so a typo is a usage error rather than silently ignored.
 */
final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    private Args() {
    }

    static Args parse(List<String> argv, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument '" + arg + "'");
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (flagOptions.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                a.flags.add(name);
            } else if (valueOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= argv.size() || argv.get(i + 1).startsWith("--")) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                if (a.values.put(name, value) != null) {
                    throw new UsageException(name + " is given twice");
                }
            } else {
                throw new UsageException("Unknown option " + name);
            }
        }
        return a;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) throws UsageException {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("Missing " + name);
        }
        return v;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    /** The host address in option {@code name}, else {@code fallback}; a missing host without fallback is a usage error. */
    HostAddress host(String name, HostAddress fallback) throws UsageException {
        if (fallback != null && !values.containsKey(name)) {
            return fallback;
        }
        try {
            return HostAddress.parse(required(name));
        } catch (HostAddress.InvalidHostException e) {
            throw new UsageException(name + ": " + e.getMessage());
        }
    }

    /** Runs a parser of an option's value; its complaint becomes a usage error. */
    static <T> T valid(Supplier<T> parser) throws UsageException {
        try {
            return parser.get();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
