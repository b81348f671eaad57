package mfainspector.genauth;

import java.time.Instant;
import java.util.Optional;

/**
 * The tokens of a signed-in user, held in memory only. {@code expiresAt} is empty when neither
 * the response nor the JWT says when the access token expires.
 */
public record Tokens(Secret accessToken, Secret idToken, Secret refreshToken, Optional<Instant> expiresAt) {

    public Tokens {
        accessToken = accessToken == null ? Secret.empty() : accessToken;
        idToken = idToken == null ? Secret.empty() : idToken;
        refreshToken = refreshToken == null ? Secret.empty() : refreshToken;
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }

    @Override
    public String toString() {
        return "Tokens[access=" + accessToken + ", id=" + idToken + ", refresh=" + refreshToken + ", expiresAt=" + expiresAt.map(Instant::toString).orElse("?") + "]";
    }
}
