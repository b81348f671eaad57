package mfainspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import mfainspector.genauth.TokenAuthMethod;
import mfainspector.ui.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileValidationTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SimpleBooleanProperty demo = new SimpleBooleanProperty(false);
    private final SimpleStringProperty name = new SimpleStringProperty("Production");
    private final SimpleStringProperty host = new SimpleStringProperty("https://example.genauth.ai");
    private final SimpleStringProperty appId = new SimpleStringProperty("app-1");
    private final SimpleStringProperty secret = new SimpleStringProperty("s3cret");
    private final SimpleObjectProperty<TokenAuthMethod> method = new SimpleObjectProperty<>(TokenAuthMethod.CLIENT_SECRET_POST);
    private final ProfileValidation v = new ProfileValidation(i18n, demo, name, host, appId, secret, method);

    @Test
    void aCompleteProfileIsValidWithNoMessages() {
        assertThat(v.validProperty().get()).isTrue();
        assertThat(v.hostErrorProperty().get()).isEmpty();
        assertThat(v.appIdErrorProperty().get()).isEmpty();
        assertThat(v.secretErrorProperty().get()).isEmpty();
        assertThat(v.nameErrorProperty().get()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                          | Enter the app host",
            "example.genauth.ai          | Add https://",
            "ftp://example.genauth.ai    | must start with https://",
            "http://example.com          | plain http:// would send credentials unencrypted",
            "https://example.com/login   | without a path",
            "https://example.com?x=1     | Remove everything after",
            "https://me:pw@example.com   | Remove the user name and password",
    })
    void eachHostProblemHasItsOwnSentenceAndBlocksSignIn(String input, String expected) {
        host.set(input);
        assertThat(v.hostErrorProperty().get()).contains(expected).doesNotContain("!");
        assertThat(v.validProperty().get()).isFalse();
    }

    @Test
    void hostMessageFollowsTheLanguage() {
        host.set("http://example.com");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(v.hostErrorProperty().get()).contains("https://").contains("明文");
    }

    @Test
    void loopbackHttpIsAccepted() {
        host.set("http://127.0.0.1:8080");
        assertThat(v.hostErrorProperty().get()).isEmpty();
    }

    @Test
    void appIdIsRequired() {
        appId.set("  ");
        assertThat(v.appIdErrorProperty().get()).contains("app ID");
        assertThat(v.validProperty().get()).isFalse();
    }

    @Test
    void secretIsRequiredUnlessTheMethodIsNone() {
        secret.set("");
        assertThat(v.secretErrorProperty().get()).contains("app secret");
        assertThat(v.validProperty().get()).isFalse();
        method.set(TokenAuthMethod.NONE);
        assertThat(v.secretErrorProperty().get()).isEmpty();
        assertThat(v.validProperty().get()).isTrue();
    }

    @Test
    void nameIsRequired() {
        name.set("");
        assertThat(v.nameErrorProperty().get()).isNotEmpty();
        assertThat(v.validProperty().get()).isFalse();
    }

    @Test
    void demoFieldsAreNeverFlagged() {
        host.set("");
        appId.set("");
        demo.set(true);
        assertThat(v.hostErrorProperty().get()).isEmpty();
        assertThat(v.appIdErrorProperty().get()).isEmpty();
    }

    @Test
    void anAppIdOfUpTo64PrintableCharactersIsAcceptedAndALongerOneHasItsOwnMessage() {
        appId.set("6650d3f2a1b4c5d6e7f80911");
        assertThat(v.appIdErrorProperty().get()).isEmpty();
        appId.set("a".repeat(64));
        assertThat(v.appIdErrorProperty().get()).isEmpty();
        appId.set("a".repeat(65));
        assertThat(v.appIdErrorProperty().get()).isEqualTo(
                "An app ID has at most 64 characters (GenAuth app IDs have 24). Copy it again from the console's app settings.");
        assertThat(v.validProperty().get()).isFalse();
        appId.set("a".repeat(10_000));
        assertThat(v.appIdErrorProperty().get()).contains("at most 64");
        i18n.setLocale(I18n.CHINESE);
        assertThat(v.appIdErrorProperty().get()).contains("最多 64 个字符");
    }

    @Test
    void theNameAndTheHostHaveAMaximumWithAMessageInBothLanguages() {
        name.set("n".repeat(80));
        assertThat(v.nameErrorProperty().get()).isEmpty();
        name.set("n".repeat(81));
        assertThat(v.nameErrorProperty().get()).isEqualTo("Use at most 80 characters for the name.");
        host.set("https://" + "a".repeat(400) + ".example.com");
        assertThat(v.hostErrorProperty().get()).contains("too long").contains("at most 300");
        assertThat(v.validProperty().get()).isFalse();
        i18n.setLocale(I18n.CHINESE);
        assertThat(v.nameErrorProperty().get()).isEqualTo("名称最多 80 个字符。");
        assertThat(v.hostErrorProperty().get()).contains("主机地址太长");
    }

    @Test
    void aMessageIsShownOnlyOnceItsFieldWasTouchedOrEverythingWas() {
        host.set("");
        appId.set("");
        secret.set("");
        assertThat(v.validProperty().get()).isFalse();
        for (ProfileValidation.Field f : ProfileValidation.Field.values()) {
            assertThat(v.shownErrorProperty(f).get()).as("%s before anything was touched", f).isEmpty();
        }
        v.touch(ProfileValidation.Field.HOST);
        assertThat(v.shownErrorProperty(ProfileValidation.Field.HOST).get()).contains("Enter the app host");
        assertThat(v.shownErrorProperty(ProfileValidation.Field.APP_ID).get()).isEmpty();
        v.touchAll();
        assertThat(v.shownErrorProperty(ProfileValidation.Field.APP_ID).get()).contains("app ID");
        assertThat(v.shownErrorProperty(ProfileValidation.Field.SECRET).get()).contains("app secret");
        v.untouchAll();
        assertThat(v.shownErrorProperty(ProfileValidation.Field.HOST).get()).isEmpty();
    }
}
