package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.jwt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtClaimsTest {

    @Test
    void readsTheDisplayedClaimsOfAJwt() {
        Secret token = Secret.of(jwt("{\"sub\":\"u-1\",\"name\":\"Alice Liddell\",\"email\":\"alice@example.com\","
                + "\"phone_number\":\"+12025550101\",\"preferred_username\":\"alice\",\"exp\":1900000000}"));

        JwtClaims claims = JwtClaims.decode(token).orElseThrow();

        assertThat(claims.subject()).hasValue("u-1");
        assertThat(claims.name()).hasValue("Alice Liddell");
        assertThat(claims.email()).hasValue("alice@example.com");
        assertThat(claims.phoneNumber()).hasValue("+12025550101");
        assertThat(claims.preferredUsername()).hasValue("alice");
        assertThat(claims.expiresAt()).hasValue(Instant.ofEpochSecond(1900000000L));
    }

    @Test
    void absentOrNullClaimsAreEmpty() {
        JwtClaims claims = JwtClaims.decode(Secret.of(jwt("{\"sub\":\"u-1\",\"email\":null,\"exp\":\"soon\"}"))).orElseThrow();

        assertThat(claims.email()).isEmpty();
        assertThat(claims.name()).isEmpty();
        assertThat(claims.expiresAt()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "opaque-token", "a.b", "a.b.c.d", "header..sig", "eyJh.!!!not-base64!!!.sig", "eyJh.WzEsMl0.sig"})
    void anythingButAThreePartTokenWithAJsonObjectPayloadHasNoClaims(String token) {
        assertThat(JwtClaims.decode(Secret.of(token))).isEqualTo(Optional.empty());
    }

    @Test
    void toStringShowsNoPersonalData() {
        JwtClaims claims = JwtClaims.decode(Secret.of(jwt("{\"sub\":\"u-1\",\"email\":\"alice@example.com\",\"exp\":1}")))
                .orElseThrow();

        assertThat(claims.toString()).doesNotContain("alice", "u-1");
    }
}
