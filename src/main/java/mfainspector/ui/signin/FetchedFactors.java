package mfainspector.ui.signin;

import java.time.Instant;
import java.util.List;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.Tokens;

/** What one sign-in or refresh brought back; the tokens stay in memory only. */
public record FetchedFactors(AppConnection connection, Tokens tokens, List<Factor> enrolled, List<FactorType> toEnroll,
                             Instant fetchedAt) {

    public FetchedFactors {
        enrolled = List.copyOf(enrolled);
        toEnroll = List.copyOf(toEnroll);
    }
}
