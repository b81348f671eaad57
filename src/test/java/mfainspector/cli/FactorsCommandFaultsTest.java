package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mfainspector.genauth.GenAuthClient;
import mfainspector.testing.ServerFault;
import mfainspector.testing.SilentServer;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code factors} command against faulty servers: exit code 4 and one line on standard error, never a stack trace or a secret. */
class FactorsCommandFaultsTest {

    private static final String SECRET = "app-secret-4c2a9e";
    private static final String PASSWORD = "pa55-word-e81f03";
    private static final Map<String, String> ENV = Map.of(FactorsCommand.APP_SECRET_ENV, SECRET);

    @StartStop
    final MockWebServer server = new MockWebServer();

    private static CommandRun factors(String host, String... extra) {
        List<String> args = new ArrayList<>(List.of("--host", host, "--app-id", "app-1"));
        args.addAll(List.of(extra.length > 0 ? extra : new String[] {"--account", "alice", "--password-stdin"}));
        return run(PASSWORD + "\n", args);
    }

    /** One run with a client that gives up reading after one second and retries GETs with short waits. */
    private static CommandRun run(String stdin, List<String> args) {
        GenAuthClient client = GenAuthClient.builder().readTimeout(Duration.ofSeconds(1)).baseDelay(Duration.ofMillis(20)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), ENV);
        int code = new FactorsCommand(client).run(args, console);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLineExitFour(CommandRun r, String sentenceStart) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: " + sentenceStart);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ", SECRET, PASSWORD, ServerFault.TOKEN.reveal());
    }

    @ParameterizedTest
    @EnumSource(ServerFault.class)
    void eachFaultyAnswerToTheSignInExitsFourWithOneLine(ServerFault fault) {
        server.enqueue(fault.response());
        CommandRun r = factors("http://127.0.0.1:" + server.getPort());
        assertOneLineExitFour(r, sentenceStart(fault));
    }

    @ParameterizedTest
    @EnumSource(value = ServerFault.class, names = {"HTTP_500", "HTML_PAGE", "EMPTY_BODY", "MALFORMED_JSON", "WRONG_SHAPE",
            "DATA_NULL", "OVERSIZED", "REDIRECT_TO_ANOTHER_HOST"})
    void eachFaultyAnswerToTheFactorListExitsFourWithOneLine(ServerFault fault) {
        server.enqueue(ServerFault.signedIn());
        server.enqueue(fault.response());
        CommandRun r = factors("http://127.0.0.1:" + server.getPort());
        assertOneLineExitFour(r, sentenceStart(fault));
    }

    private static String sentenceStart(ServerFault fault) {
        return switch (fault.category()) {
            case SERVER_ERROR -> "The GenAuth server had a fault";
            case RATE_LIMITED -> "Too many requests";
            default -> "The host answered with something other than the GenAuth API";
        };
    }

    @Test
    void aServerThatNeverAnswersExitsFourAsATimeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            assertOneLineExitFour(factors(silent.url()), "The host did not answer in time");
        }
    }

    @Test
    void aSelfSignedCertificateExitsFourAsATlsFailureAndNothingIsSent() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("self-signed").addSubjectAlternativeName("127.0.0.1").build();
        try (MockWebServer tls = new MockWebServer()) {
            tls.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory());
            tls.start();
            assertOneLineExitFour(factors("https://127.0.0.1:" + tls.getPort()), "The secure connection failed");
            assertThat(tls.getRequestCount()).isZero();
        }
    }

    @Test
    void aTokenThatIsNotAJwtIsStillSentAndItsRefusalExitsThree() throws Exception {
        server.enqueue(ServerFault.json(401, "{\"statusCode\":401,\"apiCode\":2020,\"message\":\"invalid token\"}"));
        CommandRun r = factorsWithToken("not a JWT at all");
        assertThat(r.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(server.takeRequest().getHeaders().get("authorization")).isEqualTo("Bearer notaJWTatall");
    }

    private CommandRun factorsWithToken(String token) {
        return run(token, List.of("--host", "http://127.0.0.1:" + server.getPort(), "--app-id", "app-1", "--access-token-stdin"));
    }
}
