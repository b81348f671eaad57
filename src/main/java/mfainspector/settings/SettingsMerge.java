package mfainspector.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way merge for when another app instance saved the settings since this one last read them:
 * {@code base} is what this instance last read or wrote, {@code mine} what it wants to save,
 * {@code theirs} what is on disk now. Per profile id (and per top-level field): whoever changed it
 * wins, a deletion counts as a change, and two different changes to the same profile are a conflict.
 */
final class SettingsMerge {

    private SettingsMerge() {
    }

    static StoredSettings merge(StoredSettings base, AppSettings mine, StoredSettings theirs) throws SettingsException {
        Map<String, Profile> b = byId(base.settings().profiles());
        Map<String, Profile> m = byId(mine.profiles());
        Map<String, Profile> t = byId(theirs.settings().profiles());
        Set<String> ids = new LinkedHashSet<>(m.keySet());
        ids.addAll(t.keySet());
        List<Profile> merged = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (String id : ids) {
            Profile bp = b.get(id);
            Profile mp = m.get(id);
            Profile tp = t.get(id);
            if (Objects.equals(mp, bp)) {
                add(merged, tp);
            } else if (Objects.equals(tp, bp) || Objects.equals(mp, tp)) {
                add(merged, mp);
            } else {
                conflicts.add(name(mp, tp));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new SettingsException("Another MFA Inspector window changed the profile " + String.join(", ", conflicts)
                    + " at the same time, so your change was not saved. Your changes are kept for this session:"
                    + " close the other window, then make the change again.");
        }
        AppSettings bs = base.settings();
        AppSettings ts = theirs.settings();
        AppSettings result = new AppSettings(merged,
                pick(bs.selectedProfileId(), mine.selectedProfileId(), ts.selectedProfileId()),
                pick(bs.theme(), mine.theme(), ts.theme()),
                pick(bs.uiLanguage(), mine.uiLanguage(), ts.uiLanguage()),
                pick(bs.window(), mine.window(), ts.window()),
                pick(bs.secretFallback(), mine.secretFallback(), ts.secretFallback()),
                pick(bs.sideWidth(), mine.sideWidth(), ts.sideWidth()),
                pick(bs.coverageRate(), mine.coverageRate(), ts.coverageRate()));
        Map<String, Map<String, String>> extras = new HashMap<>(base.unknownProfileKeys());
        extras.putAll(theirs.unknownProfileKeys());
        return new StoredSettings(result, theirs.unknownKeys(), extras);
    }

    private static <T> T pick(T base, T mine, T theirs) {
        return Objects.equals(mine, base) ? theirs : mine;
    }

    private static void add(List<Profile> merged, Profile p) {
        if (p != null) {
            merged.add(p);
        }
    }

    private static String name(Profile mine, Profile theirs) {
        Profile p = mine != null ? mine : theirs;
        return "\"" + p.name() + "\"";
    }

    private static Map<String, Profile> byId(List<Profile> profiles) {
        Map<String, Profile> map = new LinkedHashMap<>();
        profiles.forEach(p -> map.put(p.id(), p));
        return map;
    }
}
