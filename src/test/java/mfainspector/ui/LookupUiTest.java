package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.ui.lookup.LookupViewModel.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The look-up mode and the lookup log as an agent uses them, headless, against the embedded demo tenant. */
class LookupUiTest extends AppUiTestBase {

    @BeforeEach
    void lookupModeOnTheDemoProfile() throws Exception {
        lookupTabOnTheDemo();
    }

    private void lookUp(String typed, String ticket) throws Exception {
        retype(find(app, "lookupTicket"), ticket);
        retype(find(app, "lookupQuery"), typed);
        type(KeyCode.ENTER);
        await(() -> !app.context().lookup().runningProperty().get());
    }

    private static String text(String id) {
        return ((Label) find(app, id)).getText();
    }

    @Test
    void anEmailShowsBobsCardWithOnlyEmailBound() throws Exception {
        lookUp("bob@example.com", "");

        assertThat(app.context().lookup().stateProperty().get()).isEqualTo(State.FOUND);
        assertThat(text("lookupGuess")).isEqualTo("Looks like: Email");
        assertThat(((Node) find(app, "cardName")).isVisible()).isTrue();
        assertThat(text("cardName")).isEqualTo("Bob Martinez");
        assertThat(text("cardEmail")).isNotEqualTo("bob@example.com").endsWith("@example.com");
        assertThat(text("mfaState-email")).isEqualTo("Bound");
        assertThat(text("mfaState-sms")).isEqualTo("Not bound");
        assertThat(text("mfaState-otp")).isEqualTo("Not bound");

        clickOn("#cardReveal");
        assertThat(text("cardEmail")).isEqualTo("bob@example.com");
    }

    @Test
    void aPhoneWithCountryCodeShowsCarolWithEveryTypeBound() throws Exception {
        lookUp("+1 202-555-0103", "");

        assertThat(text("cardName")).isEqualTo("Carol Nguyen");
        for (String kind : new String[] {"sms", "email", "otp", "face"}) {
            assertThat(text("mfaState-" + kind)).as(kind).isEqualTo("Bound");
        }
        assertThat(text("mfaDetail-sms")).contains("0103").doesNotContain("2025550103");
    }

    @Test
    void anUnknownEmailShowsTheNotFoundBanner() throws Exception {
        lookUp("nobody@example.com", "");

        await(() -> app.context().banner().visibleProperty().get());
        Label message = lookup(".error-banner .label").match((Label l) -> l.getText().startsWith("No user has this identifier"))
                .query();
        assertThat(message.isVisible()).isTrue();
    }

    @Test
    void theLogListsTwoLookupsOfATicketAndItsFilterKeepsOnlyThem() throws Exception {
        lookUp("alice@example.com", "INC-77");
        lookUp("+1 202 555 0104", "INC-77");
        lookUp("erin", "OTHER-1");

        selectTab(app, "logTab");
        TableView<LookupLogEntry> table = find(app, "logTable");
        await(() -> table.getItems().size() >= 3);
        TextField ticket = find(app, "logTicket");
        clickOn(ticket).write("INC-77");
        await(() -> table.getItems().size() == 2);

        assertThat(table.getItems()).extracting(LookupLogEntry::ticket).containsOnly("INC-77");
        assertThat(table.getItems()).extracting(LookupLogEntry::maskedIdentifier)
                .noneMatch(s -> s.contains("alice@") || s.contains("2025550104"));
        assertThat(lookup(".table-row-cell .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "INC-77".equals(c.getText())).queryAll()).hasSize(2);
        interact(() -> ticket.clear());
    }
}
