package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code lookup} command against the real demo tenant over loopback: what it finds and prints. */
class LookupCommandTest extends LookupTenantTest {

    @Test
    void byEmailPrintsTheCardMaskedAndOneRowPerMfaType() {
        CommandRun r = lookup("--email", "carol@example.com");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).containsPattern("(?m)^Name\\s+Carol Nguyen$").containsPattern("(?m)^Username\\s+carol$")
                .containsPattern("(?m)^Email\\s+c\\*\\*\\*@example\\.com$").containsPattern("(?m)^Phone\\s+\\+1 202\\*\\*\\*\\*0103$")
                .containsPattern("(?m)^Created\\s+20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$")
                .containsPattern("(?m)^Last MFA\\s+20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$")
                .containsPattern("(?m)^SMS\\s+bound\\s+\\+1 202\\*\\*\\*\\*0103$")
                .containsPattern("(?m)^EMAIL\\s+bound\\s+c\\*\\*\\*@example\\.com$")
                .containsPattern("(?m)^OTP\\s+bound$").containsPattern("(?m)^FACE\\s+bound$")
                .contains("App MFA policies: SMS on, EMAIL on, OTP on, FACE on", "mfa-inspector factors");
        assertThat(r.out()).doesNotContain("carol@example.com", "2025550103");
    }

    @Test
    void userWithoutMfaShowsEveryTypeNotBoundAndNoLastMfaTime() {
        CommandRun r = lookup("--username", "dave");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^SMS\\s+not bound$").containsPattern("(?m)^EMAIL\\s+not bound$")
                .containsPattern("(?m)^OTP\\s+not bound$").containsPattern("(?m)^FACE\\s+not bound$")
                .containsPattern("(?m)^Last MFA\\s+-$");
    }

    @ParameterizedTest(name = "{0} {1} finds {2}")
    @CsvSource({
        "--email, alice@example.com, Alice Johnson",
        "--email, BOB@Example.com, Bob Martinez",
        "--phone, +1 202-555-0101, Alice Johnson",
        "--phone, +12025550102, Bob Martinez",
        "--phone, 2025550103, Carol Nguyen",
        "--username, erin, Erin Schmidt",
        "--user-id, 6651a7c3e9b20d4f6a8c1e06, Frank Rossi",
        "--external-id, EMP-1007, Grace Kim",
    })
    void findsTheSeededUserByEveryIdentifierType(String option, String value, String name) {
        CommandRun r = lookup(option, value);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^Name\\s+" + name + "$");
    }

    @Test
    void bindingsMatchWhatTheUsersOwnSignInLists() {
        CommandRun r = lookup("--username", "alice");

        assertThat(r.out()).containsPattern("(?m)^SMS\\s+bound").containsPattern("(?m)^OTP\\s+bound")
                .containsPattern("(?m)^EMAIL\\s+not bound").containsPattern("(?m)^FACE\\s+not bound");
    }

    @Test
    void jsonCarriesTheUserAndMfaStateAsTheApiReturnedThem() throws Exception {
        CommandRun r = lookup("--phone", "+1 2025550101", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.at("/user/username").asText()).isEqualTo("alice");
        assertThat(doc.at("/user/email").asText()).isEqualTo("alice@example.com");
        assertThat(doc.at("/user/phone").asText()).isEqualTo("2025550101");
        assertThat(doc.at("/user/createdAt").asText()).matches("20\\d\\d-.*Z");
        assertThat(doc.at("/mfa/SMS").asText()).isEqualTo("enabled");
        assertThat(doc.at("/mfa/EMAIL").asText()).isEqualTo("disabled");
        assertThat(doc.at("/mfa/OTP").asText()).isEqualTo("enabled");
        assertThat(doc.at("/mfaStatus/mfaPhone").asText()).isEqualTo("2025550101");
        assertThat(doc.at("/mfaStatus/applicationMfa")).hasSize(4);
        assertThat(doc.at("/mfaStatus/applicationMfa/0/mfaPolicy").asText()).isEqualTo("SMS");
    }

    @Test
    void unknownUserExitsThreeWithApiCode2004() {
        CommandRun r = lookup("--username", "nobody");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: No user has this identifier.").contains("apiCode=2004", "requestId=");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void emailWithPlusIsSentWhole() {
        // No demo user has a '+' address: a '+' decoded as a space would still not be found, so
        // also check that the same lookup without the tag finds alice.
        CommandRun tagged = lookup("--email", "alice+helpdesk@example.com");
        assertThat(tagged.exitCode()).isEqualTo(3);
        assertThat(tagged.err()).contains("apiCode=2004");
        assertThat(lookup("--email", "alice@example.com").exitCode()).isZero();
    }

    @Test
    void wrongPoolSecretExitsThreeAndSaysToCheckThePoolCredentials() {
        CommandRun r = lookup(env("wrong-pool-secret-value"), "--username", "alice");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: The user pool id or user pool secret is wrong")
                .contains(LookupCommand.POOL_SECRET_ENV).doesNotContain("wrong-pool-secret-value");
    }

    @Test
    void helpNamesTheSecretVariableTheLogAndTheExitCodes() {
        CommandRun r = CommandRun.run("", java.util.Map.of(), "lookup", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(LookupCommand.POOL_SECRET_ENV, "lookup log", "https://api.genauth.ai",
                "as the API returned them", "warning", "0 found");
        assertThat(CommandRun.run("", java.util.Map.of(), "--help").out()).contains("mfa-inspector lookup");
    }
}
