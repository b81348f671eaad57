package mfainspector.ui.hardening;

import static mfainspector.testing.ServerFault.nothingToEnroll;
import static mfainspector.testing.ServerFault.oneSmsFactor;
import static mfainspector.testing.ServerFault.signedIn;
import static mfainspector.testing.RoutedAnswers.ENROLLED;
import static mfainspector.testing.RoutedAnswers.SIGN_IN;
import static mfainspector.testing.RoutedAnswers.TO_ENROLL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import javafx.scene.control.PasswordField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Text;
import mfainspector.testing.ServerFault;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.Test;

/** The app secret, the password and the token never leave memory: not in logs, output, files, the ticket or the screen. */
class WindowSecretsUiTest extends FaultWindowBase {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @Test
    void aFullSignInAndErrorFlowLeaksNoSecretIntoLogsOutputFilesOrTheTicket() throws Exception {
        Handler log = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                capture(format.format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        PrintStream out = System.out;
        PrintStream err = System.err;
        root.addHandler(log);
        root.setLevel(Level.ALL);
        System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
        try {
            flow();
        } finally {
            root.removeHandler(log);
            root.setLevel(rootLevel);
            System.setOut(out);
            System.setErr(err);
        }
        String seen = captured.toString(StandardCharsets.UTF_8);
        assertThat(seen).doesNotContain(APP_SECRET, PASSWORD, ServerFault.TOKEN.reveal());
        try (Stream<Path> files = Files.walk(settingsDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(APP_SECRET, PASSWORD, ServerFault.TOKEN.reveal());
            }
        }
    }

    private void flow() throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, ServerFault.json(200, "{\"statusCode\":403,\"apiCode\":2333,\"message\":\"wrong password\",\"requestId\":\"r1\"}"));
        signIn("alice", PASSWORD);
        assertThat(settled()).isEqualTo(State.ERROR);
        answers.healthy();
        signIn("alice", PASSWORD);
        assertThat(settled()).isEqualTo(State.SHOWN);
        String ticket = window.window().factors().ticketSummary();
        assertThat(ticket).contains("SMS").doesNotContain(APP_SECRET, PASSWORD, ServerFault.TOKEN.reveal(), "2025550199");
        answers.enqueue(ENROLLED, ServerFault.HTTP_500.response()).enqueue(TO_ENROLL, nothingToEnroll());
        interact(vm()::refresh);
        assertThat(settled()).isEqualTo(State.ERROR);
        assertThat(bannerText() + ((javafx.scene.control.Label) find(window, "bannerCodes")).getText())
                .doesNotContain(APP_SECRET, PASSWORD, ServerFault.TOKEN.reveal());
        interact(vm()::signOut);
    }

    @Test
    void afterSignOutNoTokenOrPasswordIsHeldAndRefreshOrRetryNeedsANewSignIn() throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, signedIn()).enqueue(ENROLLED, ServerFault.HTTP_500.response())
                .enqueue(TO_ENROLL, nothingToEnroll());
        signIn("alice", PASSWORD);
        assertThat(settled()).isEqualTo(State.ERROR);
        assertThat(visible("bannerRetry")).as("Retry would repeat the sign-in").isTrue();
        interact(vm()::signOut);
        int sent = server.getRequestCount();
        interact(() -> {
            vm().refresh();
            vm().retry();
        });
        assertThat(vm().stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(vm().resultProperty().get()).isNull();
        assertThat(server.getRequestCount()).as("nothing left to send a request with").isEqualTo(sent);
    }

    @Test
    void theSecretFieldDrawsBulletsOnlyAndTwoSecretsOfOneLengthLookTheSame() throws Exception {
        pointAt(host());
        PasswordField field = find(window, "secretField");
        Image first = drawn(field, "secretAAAAAAAA1");
        assertThat(texts(field)).allSatisfy(t -> assertThat(t).doesNotContain("secret", "AAAA"));
        Image second = drawn(field, "WWWWmmmm#######");
        assertThat(samePixels(first, second)).as("the field's pixels do not depend on the secret").isTrue();
        interact(() -> window.context().profiles().appSecretProperty().set(APP_SECRET));
    }

    private Image drawn(PasswordField field, String secret) {
        Image[] shot = new Image[1];
        interact(() -> {
            window.context().profiles().appSecretProperty().set(secret);
            field.end();
            shot[0] = field.snapshot(null, null);
        });
        return shot[0];
    }

    private static List<String> texts(PasswordField field) {
        return field.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
    }

    private static boolean samePixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private synchronized void capture(String s) {
        captured.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private OutputStream tee(OutputStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                original.write(b);
                synchronized (WindowSecretsUiTest.this) {
                    captured.write(b);
                }
            }
        };
    }
}
