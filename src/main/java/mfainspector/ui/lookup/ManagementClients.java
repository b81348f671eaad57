package mfainspector.ui.lookup;

import java.util.Objects;
import java.util.function.Function;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.ManagementCredentials;

/**
 * One management client for the selected profile and its credentials: its session keeps the
 * management token in memory and renews it before expiry, so the client lives as long as both
 * stay the same. Another profile or changed credentials drop it (and with it the token).
 */
final class ManagementClients {

    private final Function<ManagementCredentials, ManagementApi> factory;
    private String profileId;
    private ManagementCredentials credentials;
    private ManagementApi client;

    ManagementClients(Function<ManagementCredentials, ManagementApi> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The client for {@code target}; a new one when the profile or its credentials changed. Called off the UI thread. */
    synchronized ManagementApi forTarget(LookupTarget target) {
        if (client == null || !target.profileId().equals(profileId) || !target.credentials().equals(credentials)) {
            client = factory.apply(target.credentials());
            profileId = target.profileId();
            credentials = target.credentials();
        }
        return client;
    }
}
