package mfainspector.settings;

import java.util.Map;

/**
 * The settings as they are in the file: what this version understands, plus the keys it does not
 * (written by a newer version), kept so that saving does not drop them. Keys a newer version added
 * to a profile are kept with that profile's id, so they follow it when profiles are reordered.
 *
 * @param unknownKeys        top-level keys this version does not know
 * @param unknownProfileKeys per profile id: sub-key (after {@code profile.<n>.}) to value
 */
record StoredSettings(AppSettings settings, Map<String, String> unknownKeys, Map<String, Map<String, String>> unknownProfileKeys) {

    StoredSettings {
        unknownKeys = Map.copyOf(unknownKeys);
        unknownProfileKeys = Map.copyOf(unknownProfileKeys);
    }

    static StoredSettings of(AppSettings settings) {
        return new StoredSettings(settings, Map.of(), Map.of());
    }

    /** New settings that keep the unknown keys of these, for the profiles that are still there. */
    StoredSettings carry(AppSettings next) {
        return new StoredSettings(next, unknownKeys, unknownProfileKeys);
    }
}
