package mfainspector.ui;

import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import mfainspector.text.TimeText;

/**
 * The bottom line: which host, whose data is shown, and when it was fetched. It follows the tab:
 * the signed-in user and the app's host while signing in; the looked-up user and the management
 * host on the look-up and log tabs, so it never names one user under another's card.
 */
public final class StatusBar {

    /** What one mode shows: its host, who (masked, or null for nobody) and when it was fetched. */
    public record Source(ObservableStringValue host, ObservableObjectValue<String> who, ObservableObjectValue<Instant> fetchedAt) {
    }

    private final HBox root = new HBox(10);

    /**
     * @param lookupMode true while the look-up or the log tab is shown
     */
    public StatusBar(I18n i18n, ObservableBooleanValue lookupMode, Source signIn, Source lookup) {
        Label hostLabel = label("statusHost");
        hostLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            String host = (lookupMode.get() ? lookup : signIn).host().get();
            return host == null || host.isBlank() ? i18n.get("status.nohost")
                    : i18n.get(lookupMode.get() ? "status.mgmtHost" : "status.host", host.strip());
        }, lookupMode, signIn.host(), lookup.host(), i18n.localeProperty()));
        Label userLabel = label("statusUser");
        userLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            String who = (lookupMode.get() ? lookup : signIn).who().get();
            if (lookupMode.get()) {
                return who == null ? i18n.get("status.nolookup") : i18n.get("status.lookedUp", who);
            }
            return who == null ? i18n.get("status.nouser") : i18n.get("status.user", who);
        }, lookupMode, signIn.who(), lookup.who(), i18n.localeProperty()));
        Label fetched = label("statusFetched");
        fetched.textProperty().bind(Bindings.createStringBinding(() -> {
            Instant at = (lookupMode.get() ? lookup : signIn).fetchedAt().get();
            return at == null ? i18n.get("status.notfetched") : i18n.get("status.fetched", TimeText.dateTime(at, ZoneId.systemDefault()));
        }, lookupMode, signIn.fetchedAt(), lookup.fetchedAt(), i18n.localeProperty()));
        root.getChildren().addAll(hostLabel, new Separator(Orientation.VERTICAL), userLabel,
                new Separator(Orientation.VERTICAL), fetched);
        root.getStyleClass().add("status-bar");
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    public Node root() {
        return root;
    }
}
