package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

class I18nTest {

    @Test
    void aBoundTextReadDuringInvalidationAlreadyHasTheNewLanguage() {
        I18n i18n = new I18n(Locale.ENGLISH);
        StringBinding text = i18n.text("signin.button");
        // A bound control re-reads its text as soon as it is invalidated.
        text.addListener((InvalidationListener) o -> text.get());
        assertThat(text.get()).isEqualTo("_Sign in");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(text.get()).isEqualTo("登录(_S)");
        i18n.setLocale(Locale.ENGLISH);
        assertThat(text.get()).isEqualTo("_Sign in");
    }

    @Test
    void chineseHasEveryEnglishKey() throws Exception {
        Properties en = new Properties();
        Properties zh = new Properties();
        try (var in = I18n.class.getResourceAsStream("messages.properties");
             var in2 = I18n.class.getResourceAsStream("messages_zh_CN.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(in2, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(zh.stringPropertyNames()).containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).containsAll(zh.stringPropertyNames());
    }
}
