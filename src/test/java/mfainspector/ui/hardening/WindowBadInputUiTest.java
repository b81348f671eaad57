package mfainspector.ui.hardening;

import static mfainspector.testing.ServerFault.nothingToEnroll;
import static mfainspector.testing.ServerFault.oneSmsFactor;
import static mfainspector.testing.RoutedAnswers.ENROLLED;
import static mfainspector.testing.RoutedAnswers.SIGN_IN;
import static mfainspector.testing.RoutedAnswers.TO_ENROLL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import mfainspector.genauth.ErrorCategory;
import mfainspector.testing.ServerFault;
import mfainspector.ui.AppSession;
import mfainspector.ui.connection.ProfileValidation.Field;
import mfainspector.ui.signin.SignInViewModel.State;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bad input in the window's fields: a message or a clean refusal, never a freeze or a crash. */
class WindowBadInputUiTest extends FaultWindowBase {

    /** 10,000 characters mixing scripts, an emoji, a right-to-left mark and a tab. */
    private static final String LONG = "Ünïcødé 测试 ✓ 🙂 \u200f\t".repeat(600).substring(0, 10_000);

    private boolean signInEnabled() {
        return !((Button) find(window, "signInButton")).isDisabled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t \n"})
    void emptyOrWhitespaceOnlyFieldsKeepSignInOffAndSayWhatIsMissing(String blank) throws Exception {
        pointAt(host());
        interact(() -> {
            window.context().profiles().appIdProperty().set(blank);
            vm().accountProperty().set("alice");
            vm().passwordProperty().set(PASSWORD);
        });
        assertThat(window.context().profiles().validation().appIdErrorProperty().get()).contains("Enter the app ID");
        assertThat(signInEnabled()).isFalse();

        interact(() -> {
            window.context().profiles().appIdProperty().set(APP_ID);
            vm().accountProperty().set(blank);
        });
        assertThat(signInEnabled()).isFalse();
        interact(() -> {
            vm().useTokenProperty().set(true);
            vm().pastedTokenProperty().set(blank);
        });
        assertThat(signInEnabled()).isFalse();
        interact(() -> vm().useTokenProperty().set(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "host", "appId", "secret", "account", "password", "token"})
    void tenThousandNonAsciiCharactersInAFieldNeitherFreezeNorCrashTheWindow(String field) throws Exception {
        pointAt(host());
        answers.enqueue(SIGN_IN, ServerFault.json(200, "{\"statusCode\":403,\"apiCode\":2333,\"message\":\"wrong\",\"requestId\":\"r\"}"));
        // A pasted token goes straight to the two lists.
        answers.enqueue(ENROLLED, ServerFault.json(401, "{\"statusCode\":401,\"apiCode\":2020,\"message\":\"bad token\"}"));
        answers.enqueue(TO_ENROLL, ServerFault.json(401, "{\"statusCode\":401,\"apiCode\":2020,\"message\":\"bad token\"}"));
        long start = System.nanoTime();
        interact(() -> {
            vm().accountProperty().set("alice");
            vm().passwordProperty().set(PASSWORD);
            vm().useTokenProperty().set(field.equals("token"));
            property(field).set(LONG);
        });
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("typing stays quick").isLessThan(3000);

        if (field.equals("name") || field.equals("host") || field.equals("appId")) {
            var shown = window.context().profiles().validation().shownErrorProperty(switch (field) {
                case "name" -> Field.NAME;
                case "host" -> Field.HOST;
                default -> Field.APP_ID;
            });
            assertThat(shown.get()).as("the message next to the field").contains("at most");
            assertThat(signInEnabled()).as("refused with a message, not sent").isFalse();
            interact(() -> property(field).set(switch (field) {
                case "name" -> "Faults";
                case "host" -> host();
                default -> APP_ID;
            }));
            return;
        }
        interact(() -> ((Button) find(window, "signInButton")).fire());
        State end = settled();
        assertThat(end).as("error: %s", vm().errorProperty().get()).isEqualTo(State.ERROR);
        assertThat(vm().errorProperty().get().category()).isIn(ErrorCategory.WRONG_CREDENTIALS, ErrorCategory.NOT_SIGNED_IN,
                ErrorCategory.REJECTED);
        assertThat(((Label) find(window, "bannerMessage")).getText()).isNotBlank();
        assertThat(window.stage().isShowing()).isTrue();
        interact(() -> property(field).set(field.equals("token") ? "" : "ok"));
    }

    private StringProperty property(String field) {
        Function<AppSession, StringProperty> p = switch (field) {
            case "name" -> s -> s.context().profiles().nameProperty();
            case "host" -> s -> s.context().profiles().hostProperty();
            case "appId" -> s -> s.context().profiles().appIdProperty();
            case "secret" -> s -> s.context().profiles().appSecretProperty();
            case "account" -> s -> s.context().signIn().accountProperty();
            case "password" -> s -> s.context().signIn().passwordProperty();
            default -> s -> s.context().signIn().pastedTokenProperty();
        };
        return p.apply(window);
    }

    @Test
    void aPastedTokenThatIsNotAJwtIsStillSentCleanedAndTheHeaderFallsBack() throws Exception {
        pointAt(host());
        answers.enqueue(ENROLLED, oneSmsFactor()).enqueue(TO_ENROLL, nothingToEnroll());
        interact(() -> {
            vm().accountProperty().set("someone-else");
            vm().useTokenProperty().set(true);
            vm().pastedTokenProperty().set("  \"Bearer opaque-\ntoken 42\"\r\n");
            ((Button) find(window, "signInButton")).fire();
        });
        assertThat(settled()).isEqualTo(State.SHOWN);
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getHeaders().get("authorization")).isEqualTo("Bearer opaque-token42");
        assertThat(((Label) find(window, "signed-in-user")).getText()).isEqualTo("User of the pasted token");
        assertThat(((Label) find(window, "statusUser")).getText()).doesNotContain("someone-else");
        interact(() -> {
            vm().signOut();
            vm().useTokenProperty().set(false);
        });
    }
}
