package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorMessagesTest {

    private static GenAuthException error(ErrorCategory c) {
        return GenAuthException.builder(c).statusCode(403).apiCode(2333).requestId("req-42").build();
    }

    @ParameterizedTest
    @EnumSource(ErrorCategory.class)
    void everyCategoryHasASentenceInEnglishAndChinese(ErrorCategory c) {
        I18n i18n = new I18n(Locale.ENGLISH);
        String english = new ErrorMessages(i18n).sentence(error(c));
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        String chinese = new ErrorMessages(i18n).sentence(error(c));
        assertThat(english).isNotBlank().doesNotStartWith("!").endsWith(".");
        assertThat(chinese).isNotBlank().doesNotStartWith("!").isNotEqualTo(english);
    }

    @Test
    void categoriesHaveDistinctSentences() {
        ErrorMessages m = new ErrorMessages(new I18n(Locale.ENGLISH));
        Set<String> seen = new HashSet<>();
        for (ErrorCategory c : ErrorCategory.values()) {
            assertThat(seen.add(m.sentence(error(c)))).as(c.name()).isTrue();
        }
    }

    @Test
    void rateLimitNamesTheSecondsToWait() {
        ErrorMessages m = new ErrorMessages(new I18n(Locale.ENGLISH));
        GenAuthException e = GenAuthException.builder(ErrorCategory.RATE_LIMITED).retryAfterSeconds(17).build();
        assertThat(m.sentence(e)).contains("17 seconds");
    }

    @Test
    void onlyTransportAndServerFaultsOfferRetry() {
        Set<ErrorCategory> retry = EnumSet.noneOf(ErrorCategory.class);
        for (ErrorCategory c : ErrorCategory.values()) {
            if (ErrorMessages.retryable(error(c))) {
                retry.add(c);
            }
        }
        assertThat(retry).containsExactlyInAnyOrder(ErrorCategory.NETWORK_UNREACHABLE, ErrorCategory.TIMEOUT,
                ErrorCategory.SERVER_ERROR, ErrorCategory.RATE_LIMITED);
    }

    @Test
    void bannerShowsCodesAndRetryOnlyWhenItHelps() {
        BannerModel banner = new BannerModel(new I18n(Locale.ENGLISH));
        banner.showError(error(ErrorCategory.WRONG_CREDENTIALS), () -> { });
        assertThat(banner.visibleProperty().get()).isTrue();
        assertThat(banner.codesProperty().get()).contains("statusCode=403").contains("apiCode=2333").contains("requestId=req-42");
        assertThat(banner.retryProperty().get()).isNull();
        banner.showError(error(ErrorCategory.NETWORK_UNREACHABLE), () -> { });
        assertThat(banner.retryProperty().get()).isNotNull();
        banner.clear();
        assertThat(banner.visibleProperty().get()).isFalse();
    }
}
