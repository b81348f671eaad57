package mfainspector.ui.lookup;

import java.util.List;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserMfaState;

/** What a look-up found: one user with their MFA state, or (user and mfa null) several users to pick from. */
public record LookupResult(ManagedUser user, UserMfaState mfa, List<ManagedUser> matches) {

    public LookupResult {
        matches = List.copyOf(matches);
    }
}
