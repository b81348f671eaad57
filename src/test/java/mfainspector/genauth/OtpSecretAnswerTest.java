package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.json;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mfainspector.lookup.UserIdType;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OTP secret answer read token by token: the SDK's shape ({@code GetOtpSecretRespDto} with
 * {@code OtpSecretRespDto{secret}}) and tolerant variants give the secret's characters, the body's
 * bytes are wiped after reading, and failures are the envelope's.
 */
class OtpSecretAnswerTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXP";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private static OtpSecretAnswer.Read read(int httpStatus, String body) throws GenAuthException {
        return OtpSecretAnswer.read(new HttpReply(httpStatus, body.getBytes(StandardCharsets.UTF_8), null),
                ManagementErrors::lookup);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // The SDK's shape, as the server sends it.
        "{\"statusCode\":200,\"message\":\"\",\"apiCode\":null,\"requestId\":\"r-1\",\"data\":{\"secret\":\"JBSWY3DPEHPK3PXP\"}}",
        // data before the status, other fields around, nested objects and arrays skipped whole
        "{\"data\":{\"userId\":\"u\",\"other\":{\"secret\":\"NOTTHISONE\"},\"list\":[1,{\"secret\":\"NOR\"}],"
            + "\"secret\":\"JBSWY3DPEHPK3PXP\",\"more\":true},\"requestId\":\"r-1\",\"statusCode\":200}",
        // statusCode as a string, surrounding spaces, JSON escapes in the secret
        "{\"statusCode\":\"200\",\"requestId\":\"r-1\",\"data\":{\"secret\":\"  \\u004aBSWY3DPEHPK3PXP\\t\"}}",
        // a second data wins, as a tree would read it
        "{\"statusCode\":200,\"requestId\":\"r-1\",\"data\":{\"secret\":\"AAAAAAAA\"},\"data\":{\"secret\":\"JBSWY3DPEHPK3PXP\"}}",
    })
    void theSecretComesAsCharactersWhateverTheLayout(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OtpSecretAnswer.Read read = OtpSecretAnswer.read(new HttpReply(200, bytes, null), ManagementErrors::lookup);

        assertThat(read.secret().chars()).containsExactly(SECRET.toCharArray());
        assertThat(read.requestId()).isEqualTo("r-1");
        assertThat(read.secret().toString()).isEqualTo("***");
        assertThat(bytes).as("the body's bytes are wiped").containsOnly(0);
        read.secret().close();
        assertThat(read.secret().chars()).hasSize(SECRET.length()).containsOnly('\0');
    }

    @Test
    @SuppressWarnings("deprecation")
    void theParsersRecycledTextBufferKeepsNoCharacterOfTheSecret() throws Exception {
        // The secret is the last text the parser reads, over the longer message's characters.
        String body = "{\"statusCode\":200,\"message\":\"the answer of get-otp-secret-by-user\",\"data\":{\"secret\":\""
                + SECRET + "\"}}";
        read(200, body).secret().close();

        // The parser gave its text buffer back to this thread's recycler; take it to look inside.
        com.fasterxml.jackson.core.util.BufferRecycler recycler =
                com.fasterxml.jackson.core.util.BufferRecyclers.getBufferRecycler();
        char[] text = recycler.allocCharBuffer(com.fasterxml.jackson.core.util.BufferRecycler.CHAR_TEXT_BUFFER);
        try {
            assertThat(new String(text)).as("the parser's buffer, the message's tail still in it")
                    .contains("secret-by-user").doesNotContain(SECRET.substring(SECRET.length() - 6));
        } finally {
            recycler.releaseCharBuffer(com.fasterxml.jackson.core.util.BufferRecycler.CHAR_TEXT_BUFFER, text);
        }
    }

    @Test
    void spacesAndLowerCaseInsideTheSecretAreKeptForTheDecoder() throws Exception {
        assertThat(read(200, "{\"statusCode\":200,\"data\":{\"secret\":\"jbsw y3dp-ehpk 3pxp\"}}").secret().chars())
                .containsExactly("jbsw y3dp-ehpk 3pxp".toCharArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"statusCode\":200}", "{\"statusCode\":200,\"data\":null}", "{\"statusCode\":200,\"data\":{}}",
        "{\"statusCode\":200,\"data\":{\"secret\":null}}", "{\"statusCode\":200,\"data\":{\"secret\":\"\"}}",
        "{\"statusCode\":200,\"data\":{\"secret\":\"   \"}}"})
    void noSecretIsABlankOne(String body) throws Exception {
        OtpSecretAnswer.Read read = read(200, body);

        assertThat(read.secret().isBlank()).isTrue();
        assertThat(read.secret().toString()).isEqualTo("(empty)");
        assertThat(read.requestId()).isEmpty();
    }

    @Test
    void aFailureIsTheEnvelopesWithItsRequestIdAndNoPartOfASecret() {
        byte[] body = ("{\"statusCode\":404,\"apiCode\":2004,\"message\":\"user not found\",\"requestId\":\"r-9\","
                + "\"data\":{\"secret\":\"" + SECRET + "\"}}").getBytes(StandardCharsets.UTF_8);
        GenAuthException e = ApiFixtures.failure(() -> OtpSecretAnswer.read(new HttpReply(200, body, null),
                ManagementErrors::lookup));

        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.requestId()).hasValue("r-9");
        assertThat(e.apiCode()).hasValue(2004);
        assertThat(String.valueOf(e.getMessage()) + e).doesNotContain(SECRET);
        assertThat(body).containsOnly(0);
    }

    @Test
    void answersThatAreNotTheEnvelopeAreNamedLikeTheOtherCalls() {
        assertThat(ApiFixtures.failure(() -> read(200, "<html>proxy</html>")).category())
                .isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(ApiFixtures.failure(() -> read(503, "<html>down</html>")).category())
                .isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(ApiFixtures.failure(() -> read(200, "")).category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(ApiFixtures.failure(() -> read(200, "[1,2]")).category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(ApiFixtures.failure(() -> read(200, "{\"data\":{\"secret\":\"" + SECRET + "\"}}")).category())
                .as("no statusCode").isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(ApiFixtures.failure(() -> read(200, "{\"statusCode\":200,\"data\":[\"" + SECRET + "\"]}")).category())
                .isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(ApiFixtures.failure(() -> read(200, "{\"statusCode\":200,\"data\":{\"secret\":12345}}")).category())
                .isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        GenAuthException cut = ApiFixtures.failure(() -> read(200, "{\"statusCode\":200,\"data\":{\"secret\":\"" + SECRET));
        assertThat(cut.category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(String.valueOf(cut.getMessage()) + cut).doesNotContain(SECRET);
    }

    @Test
    void theClientAsksAsTheSdkDoesAndReportsTheRequestId() throws Exception {
        List<String> ids = new CopyOnWriteArrayList<>();
        ManagementClient client = new ManagementClient(fastClient(), credentials(server), Clock.systemUTC())
                .onRequestId(ids::add);
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(json(200, "{\"statusCode\":200,\"message\":\"\",\"requestId\":\"req-otp\",\"data\":{\"secret\":\""
                + SECRET + "\"}}"));

        try (OtpSecret s = client.getOtpSecret(UserIdType.EMAIL, "a+b@example.com", CancelSignal.none())) {
            assertThat(s.chars()).containsExactly(SECRET.toCharArray());
        }

        server.takeRequest();
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v3/get-otp-secret-by-user?userId=a%2Bb%40example.com&userIdType=email");
        assertThat(r.getHeaders().get("authorization")).isEqualTo(MGMT_TOKEN.reveal());
        assertThat(ids).containsExactly("req-otp");
    }
}
