package mfainspector.genauth;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A validated GenAuth host: {@code https://} with a host name and optional port, nothing else.
 * Plain {@code http://} is accepted only for loopback (the demo tenant, local tests), so that
 * credentials never cross a network unencrypted.
 */
public final class HostAddress {

    /** Why an input is not a usable host; the UI turns this into a sentence in its language. */
    public enum Problem { EMPTY, NO_SCHEME, UNSUPPORTED_SCHEME, PLAIN_HTTP_NOT_LOOPBACK, HAS_PATH, HAS_QUERY, HAS_USER_INFO, INVALID }

    /** Thrown for an unusable host; its message says what to enter instead. */
    public static final class InvalidHostException extends IllegalArgumentException {
        private final Problem problem;

        InvalidHostException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private final String scheme;
    private final String host;
    private final int port;

    private HostAddress(String scheme, String host, int port) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    /** Parses what a person typed; surrounding white space and one trailing slash are tolerated. */
    public static HostAddress parse(String input) {
        String s = input == null ? "" : input.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new InvalidHostException(Problem.EMPTY, "Enter the app host, for example https://example.genauth.ai");
        }
        if (!s.contains("://")) {
            throw new InvalidHostException(Problem.NO_SCHEME,
                    "The host needs https:// in front, for example https://" + s.split("[/?#]", 2)[0]);
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new InvalidHostException(Problem.INVALID,
                    "This is not a valid address. Enter only the host, for example https://example.genauth.ai");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidHostException(Problem.UNSUPPORTED_SCHEME, "The host must start with https://");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidHostException(Problem.HAS_USER_INFO,
                    "Remove the user name and password from the address; enter them in their own fields");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidHostException(Problem.HAS_QUERY,
                    "Remove everything after '?' or '#'; enter only the host, for example " + scheme + "://" + uri.getHost());
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty()) {
            throw new InvalidHostException(Problem.HAS_PATH,
                    "Enter only the host without a path, for example " + scheme + "://" + uri.getRawAuthority());
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new InvalidHostException(Problem.INVALID,
                    "This is not a valid host name. Enter only the host, for example https://example.genauth.ai");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (!host.startsWith("[")) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw new InvalidHostException(Problem.INVALID, "This is not a valid host name");
            }
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            throw new InvalidHostException(Problem.PLAIN_HTTP_NOT_LOOPBACK,
                    "Use https://" + host + ": plain http:// would send credentials unencrypted and is allowed only for localhost");
        }
        return new HostAddress(scheme, host, uri.getPort());
    }

    /** {@code localhost}, {@code 127.0.0.0/8} and {@code [::1]}, by name only (no DNS lookup). */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("[::1]") || h.equals("::1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    /** The explicit port, or -1 for the scheme's default. */
    public int port() {
        return port;
    }

    public boolean isLoopback() {
        return isLoopback(host);
    }

    /** The base URL without a trailing slash, e.g. {@code https://example.genauth.ai}. */
    public String baseUrl() {
        return scheme + "://" + host + (port == -1 ? "" : ":" + port);
    }

    /** The base URL joined with an absolute API path such as {@code /api/v3/signin}. */
    public URI resolve(String path) {
        return URI.create(baseUrl() + path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostAddress h && h.baseUrl().equals(baseUrl());
    }

    @Override
    public int hashCode() {
        return baseUrl().hashCode();
    }

    @Override
    public String toString() {
        return baseUrl();
    }
}
