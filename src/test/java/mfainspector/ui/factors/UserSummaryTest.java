package mfainspector.ui.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import mfainspector.genauth.JwtClaims;
import mfainspector.genauth.Secret;
import org.junit.jupiter.api.Test;

class UserSummaryTest {

    private static Optional<JwtClaims> claims(String json) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(json.getBytes(StandardCharsets.UTF_8)) + ".sig";
        return JwtClaims.decode(Secret.of(token));
    }

    @Test
    void idTokenClaimsComeBeforeAccessTokenClaims() {
        UserSummary user = UserSummary.fromClaims(
                claims("{\"sub\":\"u1\",\"name\":\"Alice\",\"email\":\"alice@example.com\"}"),
                claims("{\"sub\":\"u1\",\"name\":\"Other\",\"phone_number\":\"+12025550101\"}"), "alice");

        assertThat(user).isEqualTo(new UserSummary("Alice", "alice@example.com", "+12025550101", "u1"));
    }

    @Test
    void preferredUsernameNamesTheUserWhenNoNameClaimExists() {
        UserSummary user = UserSummary.fromClaims(Optional.empty(),
                claims("{\"sub\":\"u2\",\"preferred_username\":\"bob\"}"), "bob@example.com");

        assertThat(user.displayName()).isEqualTo("bob");
        assertThat(user.subject()).isEqualTo("u2");
    }

    @Test
    void theTypedAccountNamesTheUserWhenTokensAreOpaque() {
        UserSummary user = UserSummary.fromClaims(Optional.empty(), JwtClaims.decode(Secret.of("opaque-token")), " dave ");

        assertThat(user).isEqualTo(new UserSummary("dave", "", "", ""));
        assertThat(user.headline()).isEqualTo("dave");
        assertThat(user.contact()).isEmpty();
    }

    @Test
    void headlineFallsBackToTheEmailAndDoesNotRepeatItAsContact() {
        UserSummary user = new UserSummary("", "erin@example.com", null, "u5");

        assertThat(user.headline()).isEqualTo("erin@example.com");
        assertThat(user.contact()).isEmpty();
    }
}
