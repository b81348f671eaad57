package mfainspector.genauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "eyJhbGciOi.eyJzdWIi.c2ln",
            "  eyJhbGciOi.eyJzdWIi.c2ln \n",
            "Bearer eyJhbGciOi.eyJzdWIi.c2ln",
            "bearer   eyJhbGciOi.eyJzdWIi.c2ln",
            "BEARER\teyJhbGciOi.eyJzdWIi.c2ln",
            "\"eyJhbGciOi.eyJzdWIi.c2ln\"",
            "'Bearer eyJhbGciOi.eyJzdWIi.c2ln'",
            "Bearer \"eyJhbGciOi.eyJzdWIi.c2ln\"",
            "eyJhbGciOi.\r\neyJzdWIi.\nc2ln",
            "eyJhbG ciOi. eyJzdWIi .c2ln",
    })
    void pastedTokenIsReducedToTheBareToken(String pasted) {
        assertThat(AccessTokens.normalize(pasted).reveal()).isEqualTo("eyJhbGciOi.eyJzdWIi.c2ln");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "Bearer", "Bearer  ", "'  '", "\n\r\n"})
    void nothingLeftIsRefusedWithAClearMessage(String pasted) {
        assertThatThrownBy(() -> AccessTokens.normalize(pasted))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("access token");
    }

    @Test
    void tokenThatMerelyStartsWithTheLettersBearerIsKept() {
        assertThat(AccessTokens.normalize("Bearerless-opaque-token").reveal()).isEqualTo("Bearerless-opaque-token");
    }
}
