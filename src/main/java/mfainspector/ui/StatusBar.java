package mfainspector.ui;

import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import mfainspector.text.TimeText;
import mfainspector.ui.factors.UserSummary;

/** The bottom line: which host, who is signed in, and when the data shown was fetched. */
public final class StatusBar {

    private final HBox root = new HBox(10);

    public StatusBar(I18n i18n, ObservableStringValue host, ObservableObjectValue<UserSummary> user,
                     ObservableObjectValue<Instant> fetchedAt) {
        Label hostLabel = label("statusHost");
        hostLabel.textProperty().bind(Bindings.createStringBinding(() -> host.get() == null || host.get().isBlank()
                ? i18n.get("status.nohost") : i18n.get("status.host", host.get().strip()), host, i18n.localeProperty()));
        Label userLabel = label("statusUser");
        userLabel.textProperty().bind(Bindings.createStringBinding(() -> user.get() == null ? i18n.get("status.nouser")
                : i18n.get("status.user", user.get().masked().headline()), user, i18n.localeProperty()));
        Label fetched = label("statusFetched");
        fetched.textProperty().bind(Bindings.createStringBinding(() -> fetchedAt.get() == null ? i18n.get("status.notfetched")
                : i18n.get("status.fetched", TimeText.dateTime(fetchedAt.get(), ZoneId.systemDefault())),
                fetchedAt, i18n.localeProperty()));
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
