package mfainspector.ui.lookup;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.settings.Profile;
import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.connection.ProfileViewModel.DemoState;

/**
 * Whom a look-up asks: the selected profile (its id and name, for the client cache and the log), its
 * management credentials, whether it allows checking a caller by authenticator code, and whether
 * it allows the helpdesk actions.
 */
public record LookupTarget(String profileId, String profileName, ManagementCredentials credentials, boolean callerOtp,
        boolean allowsActions) {

    public LookupTarget {
        Objects.requireNonNull(profileId, "profileId");
        profileName = profileName == null ? "" : profileName;
        Objects.requireNonNull(credentials, "credentials");
    }

    /** A target whose profile does not allow helpdesk actions. */
    public LookupTarget(String profileId, String profileName, ManagementCredentials credentials, boolean callerOtp) {
        this(profileId, profileName, credentials, callerOtp, false);
    }

    /** A target whose profile does not allow caller checks by authenticator code. */
    public LookupTarget(String profileId, String profileName, ManagementCredentials credentials) {
        this(profileId, profileName, credentials, false);
    }

    /** The selected profile as a target, when its management credentials are complete (the demo's once it runs). */
    public static Optional<LookupTarget> selected(ProfileViewModel profiles) {
        Profile p = profiles.selectedProperty().get();
        if (p == null || !ready(profiles).get()) {
            return Optional.empty();
        }
        return profiles.management().credentials(profiles.langProperty().get())
                .map(c -> new LookupTarget(p.id(), profiles.nameProperty().get(), c,
                        profiles.management().callerOtpProperty().get(),
                        profiles.management().allowsActionsProperty().get()));
    }

    /** Whether {@link #selected} gives a target. */
    public static BooleanBinding ready(ProfileViewModel profiles) {
        return Bindings.createBooleanBinding(() -> profiles.management().completeProperty().get()
                        && (!profiles.demoSelectedProperty().get() || profiles.demoStateProperty().get() == DemoState.READY),
                profiles.management().completeProperty(), profiles.demoSelectedProperty(), profiles.demoStateProperty());
    }
}
