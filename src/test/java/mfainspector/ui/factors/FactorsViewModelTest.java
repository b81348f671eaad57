package mfainspector.ui.factors;

import static mfainspector.ui.factors.SampleResults.FETCHED_AT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.transformation.SortedList;
import mfainspector.factor.FactorType;
import mfainspector.genauth.JwtClaims;
import mfainspector.genauth.Secret;
import mfainspector.ui.I18n;
import org.junit.jupiter.api.Test;

class FactorsViewModelTest {

    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final FactorsViewModel model = new FactorsViewModel(i18n, ZoneId.of("Asia/Shanghai"));

    @Test
    void rowsKeepApiOrderAndSortByType() {
        model.show(SampleResults.allTypes());

        assertThat(model.rows()).extracting(FactorRow::factorId)
                .containsExactly("f-passkey-05", "f-otp-03", "f-sms-01", "f-face-04", "f-email-02");
        SortedList<FactorRow> byType = new SortedList<>(model.rows(), Comparator.comparing(FactorRow::type));
        assertThat(byType).extracting(r -> r.type().name()).containsExactly("SMS", "EMAIL", "OTP", "FACE", "PASSKEY");
    }

    @Test
    void rowsNameTheirTypeInWords() {
        model.show(SampleResults.allTypes());

        assertThat(model.rows()).extracting(FactorRow::typeLabel).containsExactly(
                "PASSKEY", "Authenticator app (TOTP)", "Text message (SMS)", "Face recognition", "Email code");
    }

    @Test
    void unknownTypeKeepsItsRawNameAndDescribesItselfAsUnknown() {
        model.show(SampleResults.allTypes());
        FactorRow passkey = model.rows().get(0);

        assertThat(passkey.type().kind()).isEqualTo(FactorType.Kind.OTHER);
        assertThat(passkey.typeLabel()).isEqualTo("PASSKEY");
        assertThat(passkey.typeDescriptionProperty().get()).isEqualTo("A factor type this app does not know: PASSKEY");
    }

    @Test
    void detailsAreMaskedByDefaultAndShownInFullOnlyWhileRevealed() {
        model.show(SampleResults.allTypes());
        FactorRow sms = model.rows().get(2);
        FactorRow email = model.rows().get(4);

        assertThat(model.revealProperty().get()).isFalse();
        assertThat(sms.detailProperty().get()).isEqualTo("+1 202****0103");
        assertThat(email.detailProperty().get()).isEqualTo("c***@example.com");

        model.revealProperty().set(true);
        assertThat(sms.detailProperty().get()).isEqualTo("+1 2025550103");
        assertThat(email.detailProperty().get()).isEqualTo("carol@example.com");

        model.revealProperty().set(false);
        assertThat(email.detailProperty().get()).isEqualTo("c***@example.com");
    }

    @Test
    void aNewResultMasksDetailsAgain() {
        model.show(SampleResults.allTypes());
        model.revealProperty().set(true);

        model.show(SampleResults.allTypes());

        assertThat(model.revealProperty().get()).isFalse();
        assertThat(model.rows().get(2).detailProperty().get()).isEqualTo("+1 202****0103");
    }

    @Test
    void typeLabelsFollowTheLanguage() {
        model.show(SampleResults.allTypes());
        FactorRow otp = model.rows().get(1);

        i18n.setLocale(I18n.CHINESE);

        assertThat(otp.typeLabel()).isEqualTo("身份验证器应用 (TOTP)");
    }

    @Test
    void noFactorsIsAnEmptyStateThatListsWhatCouldBeEnrolled() {
        model.show(SampleResults.noFactors());

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.rows()).isEmpty();
        assertThat(model.toEnroll()).containsExactly(FactorType.SMS, FactorType.OTP);
    }

    @Test
    void toEnrollLeavesOutTypesAlreadyEnrolledAndDuplicates() {
        model.show(new FactorsResult(SampleResults.CAROL, List.of(SampleResults.SMS),
                List.of(FactorType.SMS, FactorType.FACE, FactorType.FACE, FactorType.EMAIL), FETCHED_AT));

        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.toEnroll()).containsExactly(FactorType.FACE, FactorType.EMAIL);
    }

    @Test
    void showsTheSignedInUserAndTheFetchTimeInLocalTime() {
        model.show(SampleResults.allTypes());

        assertThat(model.signedInUserProperty().get().headline()).isEqualTo("Carol Chen");
        assertThat(model.fetchedAtProperty().get()).isEqualTo(FETCHED_AT);
        assertThat(model.fetchedAtTextProperty().get()).isEqualTo("Fetched at 13:06:07");
    }

    @Test
    void ticketSummaryHoldsTypesMaskedDetailsIdsAndBothTimes() {
        model.show(new FactorsResult(SampleResults.CAROL, SampleResults.allTypes().enrolled(),
                List.of(FactorType.of("WEBAUTHN")), FETCHED_AT));

        String summary = model.ticketSummary();

        assertThat(summary).contains("Carol Chen", "user-carol-0001", "c***@example.com", "+1 202****0103",
                "Text message (SMS) [SMS]", "Email code [EMAIL]", "Authenticator app (TOTP) [OTP]",
                "Face recognition [FACE]", "PASSKEY [PASSKEY]",
                "f-sms-01", "f-email-02", "f-otp-03", "f-face-04", "f-passkey-05",
                "2025-03-04T05:06:07Z", "2025-03-04 13:06:07", "Available to enroll: WEBAUTHN");
    }

    @Test
    void ticketSummaryStaysMaskedWhileDetailsAreRevealed() {
        model.show(SampleResults.allTypes());
        model.revealProperty().set(true);

        String summary = model.ticketSummary();

        assertThat(summary).doesNotContain("carol@example.com", "2025550103", "+12025550103")
                .contains("c***@example.com");
    }

    @Test
    void ticketSummaryContainsNoToken() {
        String token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLWNhcm9sLTAwMDEiLCJuYW1lIjoiQ2Fyb2wgQ2hlbiJ9.c2ln";
        UserSummary user = UserSummary.fromClaims(
                JwtClaims.decode(Secret.of(token)), Optional.empty(), "carol");
        model.show(new FactorsResult(user, List.of(SampleResults.OTP), List.of(), FETCHED_AT));

        String summary = model.ticketSummary();

        assertThat(summary).contains("Carol Chen", "user-carol-0001").doesNotContain("eyJ", "c2ln");
    }

    @Test
    void refreshAndSignOutCallTheShellOnlyWhileAResultIsShownAndNoFetchRuns() {
        AtomicInteger refreshed = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        model.setOnRefresh(refreshed::incrementAndGet);
        model.setOnSignOut(signedOut::incrementAndGet);

        model.refresh();
        assertThat(refreshed).hasValue(0);

        model.show(SampleResults.allTypes());
        model.refresh();
        model.signOut();
        assertThat(refreshed).hasValue(1);
        assertThat(signedOut).hasValue(1);

        model.busyProperty().set(true);
        model.refresh();
        model.signOut();
        assertThat(refreshed).hasValue(1);
        assertThat(signedOut).hasValue(1);
    }

    @Test
    void clearReturnsToTheStateBeforeSignIn() {
        model.show(SampleResults.noFactors());
        model.revealProperty().set(true);

        model.clear();

        assertThat(model.loadedProperty().get()).isFalse();
        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.rows()).isEmpty();
        assertThat(model.toEnroll()).isEmpty();
        assertThat(model.signedInUserProperty().get()).isNull();
        assertThat(model.fetchedAtProperty().get()).isNull();
        assertThat(model.fetchedAtTextProperty().get()).isEmpty();
        assertThat(model.revealProperty().get()).isFalse();
        assertThat(model.ticketSummary()).isEmpty();
    }
}
