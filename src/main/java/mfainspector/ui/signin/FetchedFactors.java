package mfainspector.ui.signin;

import java.time.Instant;
import java.util.List;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.Tokens;

/**
 * What one sign-in or refresh brought back; the tokens stay in memory only. {@code account} is the
 * account as entered for this sign-in, or null when a pasted token was used (whose user the app
 * cannot name): taken when the sign-in started, so edits made while it ran do not relabel it.
 */
public record FetchedFactors(AppConnection connection, Tokens tokens, String account, List<Factor> enrolled,
                             List<FactorType> toEnroll, Instant fetchedAt) {

    public FetchedFactors {
        enrolled = List.copyOf(enrolled);
        toEnroll = List.copyOf(toEnroll);
    }
}
