package mfainspector.settings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mfainspector.genauth.Lang;
import mfainspector.genauth.TokenAuthMethod;

/**
 * The settings file: a UTF-8 properties file with {@code format=1}, chosen over JSON because it
 * loads in a few milliseconds with the JDK alone, before the first window frame. A value that does
 * not parse falls back to its default alone; a file without {@code format} is not ours (or was cut
 * off) and is reported corrupt. A higher {@code format} is read as far as this version understands it.
 */
final class SettingsFormat {

    static final int VERSION = 1;

    /** The file cannot be read as settings at all. */
    static final class CorruptException extends Exception {
        CorruptException(String message) {
            super(message);
        }
    }

    private static final Pattern PROFILE_KEY = Pattern.compile("profile\\.(\\d{1,6})\\.(.+)");
    private static final List<String> PROFILE_FIELDS = List.of("id", "name", "host", "appId", "authMethod", "lang",
            "mgmtHost", "userPoolId", "callerOtp", "allowsActions");
    private static final List<String> TOP_KEYS = List.of("format", "selected", "theme", "uiLanguage",
            "window.x", "window.y", "window.width", "window.height", "window.maximized", "window.side", "secretFallback",
            "coverage.rate");

    private SettingsFormat() {
    }

    static StoredSettings parse(byte[] bytes) throws CorruptException {
        Properties p = new Properties();
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CorruptException("it contains binary data");
            }
            p.load(new StringReader(text));
        } catch (CharacterCodingException e) {
            throw new CorruptException("it is not UTF-8 text");
        } catch (IOException | IllegalArgumentException e) {
            throw new CorruptException("it is not a valid properties file");
        }
        if (!p.containsKey("format")) {
            throw new CorruptException("it has no format line, so it is incomplete or not a settings file");
        }
        Map<String, String> unknown = new HashMap<>();
        Map<Integer, Map<String, String>> groups = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            Matcher m = PROFILE_KEY.matcher(key);
            if (m.matches()) {
                groups.computeIfAbsent(Integer.parseInt(m.group(1)), n -> new HashMap<>()).put(m.group(2), p.getProperty(key));
            } else if (!TOP_KEYS.contains(key)) {
                unknown.put(key, p.getProperty(key));
            }
        }
        List<Profile> profiles = new ArrayList<>();
        Map<String, Map<String, String>> unknownProfileKeys = new HashMap<>();
        for (Map<String, String> g : groups.values()) {
            String id = g.getOrDefault("id", "").strip();
            boolean duplicate = profiles.stream().anyMatch(q -> q.id().equals(id));
            if (id.isEmpty() || duplicate || Profile.DEMO_ID.equals(id)) {
                continue; // without a unique id a profile cannot be matched to its secret
            }
            profiles.add(new Profile(id, g.get("name"), g.get("host"), g.get("appId"),
                    parseOr(g.get("authMethod"), TokenAuthMethod::parse), parseOr(g.get("lang"), Lang::parse), false,
                    g.get("mgmtHost"), g.get("userPoolId"), "true".equalsIgnoreCase(g.getOrDefault("callerOtp", "").strip()),
                    "true".equalsIgnoreCase(g.getOrDefault("allowsActions", "").strip())));
            Map<String, String> extra = new HashMap<>(g);
            extra.keySet().removeAll(PROFILE_FIELDS);
            if (!extra.isEmpty()) {
                unknownProfileKeys.put(id, extra);
            }
        }
        AppSettings s = new AppSettings(profiles, p.getProperty("selected"), p.getProperty("theme"),
                p.getProperty("uiLanguage"), window(p), p.getProperty("secretFallback"), sideWidth(p), coverageRate(p));
        return new StoredSettings(s, unknown, unknownProfileKeys);
    }

    static byte[] write(StoredSettings stored) {
        AppSettings s = stored.settings();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("format", String.valueOf(VERSION));
        out.put("selected", s.selectedProfileId());
        out.put("theme", s.theme());
        out.put("uiLanguage", s.uiLanguage());
        out.put("secretFallback", s.secretFallback());
        if (s.sideWidth() > 0) {
            out.put("window.side", String.valueOf(s.sideWidth()));
        }
        if (s.coverageRate() > 0) {
            out.put("coverage.rate", String.valueOf(s.coverageRate()));
        }
        if (s.window() != null) {
            out.put("window.x", String.valueOf(s.window().x()));
            out.put("window.y", String.valueOf(s.window().y()));
            out.put("window.width", String.valueOf(s.window().width()));
            out.put("window.height", String.valueOf(s.window().height()));
            out.put("window.maximized", String.valueOf(s.window().maximized()));
        }
        for (int i = 0; i < s.profiles().size(); i++) {
            Profile pr = s.profiles().get(i);
            String prefix = "profile." + i + ".";
            out.put(prefix + "id", pr.id());
            out.put(prefix + "name", pr.name());
            out.put(prefix + "host", pr.host());
            out.put(prefix + "appId", pr.appId());
            out.put(prefix + "authMethod", pr.authMethod().wireName());
            out.put(prefix + "lang", pr.lang().tag());
            out.put(prefix + "mgmtHost", pr.mgmtHost());
            out.put(prefix + "userPoolId", pr.userPoolId());
            out.put(prefix + "callerOtp", String.valueOf(pr.callerOtp()));
            out.put(prefix + "allowsActions", String.valueOf(pr.allowsActions()));
            new TreeMap<>(stored.unknownProfileKeys().getOrDefault(pr.id(), Map.of())).forEach((k, v) -> out.put(prefix + k, v));
        }
        new TreeMap<>(stored.unknownKeys()).forEach(out::putIfAbsent);
        StringBuilder text = new StringBuilder("# MFA Inspector settings. App and user pool secrets are never stored here.\n");
        out.forEach((k, v) -> text.append(line(k, v)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One escaped {@code key=value} line, using the JDK's own escaping (keeps insertion order, unlike Properties.store). */
    private static String line(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter w = new StringWriter();
        try {
            one.store(w, null);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        String stored = w.toString();
        return stored.substring(stored.indexOf('\n') + 1); // drop the date comment
    }

    /** The side column's saved width, or 0 (its default) when none was saved or it does not parse. */
    private static double sideWidth(Properties p) {
        try {
            String v = p.getProperty("window.side");
            return v == null ? 0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The coverage report's saved rate, or 0 (its default) when none was saved or it does not parse. */
    private static int coverageRate(Properties p) {
        try {
            String v = p.getProperty("coverage.rate");
            return v == null ? 0 : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static WindowBounds window(Properties p) {
        try {
            return new WindowBounds(Double.parseDouble(p.getProperty("window.x")), Double.parseDouble(p.getProperty("window.y")),
                    Double.parseDouble(p.getProperty("window.width")), Double.parseDouble(p.getProperty("window.height")),
                    Boolean.parseBoolean(p.getProperty("window.maximized")));
        } catch (NullPointerException | NumberFormatException e) {
            return null; // missing or damaged bounds: the window opens at its default place
        }
    }

    private static <T> T parseOr(String raw, Function<String, T> parser) {
        try {
            return raw == null ? null : parser.apply(raw);
        } catch (IllegalArgumentException e) {
            return null; // the Profile record turns null into the default
        }
    }
}
