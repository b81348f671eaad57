package mfainspector.ui.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;
import mfainspector.ui.I18n;
import org.junit.jupiter.api.Test;

/**
 * One person's phone and email, as each place that shows or writes them masks them: the factor
 * table, the result header and status bar (masked summary), the ticket summary, the lookup log,
 * the lookup card (the commands' tables: {@code FactorsOutputMaskingTest}). All must agree, character for character.
 */
class MaskingEverywhereTest {

    private static final String PHONE = "+1 202****0103";
    private static final String EMAIL = "c***@example.com";

    @Test
    void everyPlaceMasksCarolsPhoneAndEmailTheSameWay() {
        Factor sms = new Factor("f1", FactorType.SMS, Map.of("phoneCountryCode", "+1", "phoneNumber", "2025550103"));
        Factor email = new Factor("f2", FactorType.EMAIL, Map.of("email", "carol@example.com"));
        assertThat(sms.maskedDetail()).as("factor table").isEqualTo(PHONE);
        assertThat(email.maskedDetail()).as("factor table").isEqualTo(EMAIL);

        // The token's phone claim is international, with no separate country code.
        UserSummary user = new UserSummary("Carol Davis", "carol@example.com", "+12025550103", "u3");
        assertThat(user.masked().phone()).as("header and status bar").isEqualTo(PHONE);
        assertThat(user.masked().email()).as("header and status bar").isEqualTo(EMAIL);
        assertThat(user.masked().contact()).as("header").isEqualTo(EMAIL);

        FactorsViewModel model = new FactorsViewModel(new I18n(Locale.ENGLISH), ZoneOffset.UTC);
        model.show(new FactorsResult(user, List.of(sms, email), List.of(), Instant.parse("2026-11-30T14:03:22.123456789Z")));
        String summary = model.ticketSummary();
        assertThat(summary).as("ticket summary").contains("Phone: " + PHONE, "Email: " + EMAIL, ": " + PHONE, ": " + EMAIL)
                .doesNotContain("2025550103", "carol@", "+12****")
                .contains("Fetched at: 2026-11-30T14:03:22Z (2026-11-30 14:03:22 GMT)");
        model.revealProperty().set(true);
        assertThat(model.ticketSummary()).as("ticket summary with details revealed").isEqualTo(summary);

        assertThat(Identifier.of(UserIdType.PHONE, "+1 202 555 0103").masked()).as("lookup log").isEqualTo(PHONE);
        assertThat(Identifier.of(UserIdType.EMAIL, "carol@example.com").masked()).as("lookup log").isEqualTo(EMAIL);

        ManagedUser managed = new ManagedUser("u3", "carol", "Carol Davis", "", "carol@example.com", "2025550103", "+1", "",
                "Activated", Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
        assertThat(managed.maskedPhone()).as("lookup card and the lookup command").isEqualTo(PHONE);
        assertThat(managed.maskedEmail()).as("lookup card and the lookup command").isEqualTo(EMAIL);
    }
}
