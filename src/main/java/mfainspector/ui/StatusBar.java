package mfainspector.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import mfainspector.genauth.JwtClaims;
import mfainspector.genauth.Tokens;
import mfainspector.ui.signin.FetchedFactors;

/** The bottom line: which host, who is signed in, and when the data shown was fetched. */
public final class StatusBar {

    private final HBox root = new HBox(10);

    public StatusBar(I18n i18n, ObservableStringValue host, ObservableObjectValue<FetchedFactors> result) {
        Label hostLabel = label("statusHost");
        hostLabel.textProperty().bind(Bindings.createStringBinding(() -> host.get() == null || host.get().isBlank()
                ? i18n.get("status.nohost") : i18n.get("status.host", host.get().strip()), host, i18n.localeProperty()));
        Label user = label("statusUser");
        user.textProperty().bind(Bindings.createStringBinding(() -> result.get() == null ? i18n.get("status.nouser")
                : i18n.get("status.user", userOf(result.get().tokens())), result, i18n.localeProperty()));
        Label fetched = label("statusFetched");
        fetched.textProperty().bind(Bindings.createStringBinding(() -> result.get() == null ? i18n.get("status.notfetched")
                : i18n.get("status.fetched", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(i18n.locale()).withZone(ZoneId.systemDefault()).format(result.get().fetchedAt())),
                result, i18n.localeProperty()));
        root.getChildren().addAll(hostLabel, new Separator(Orientation.VERTICAL), user,
                new Separator(Orientation.VERTICAL), fetched);
        root.getStyleClass().add("status-bar");
    }

    /** Who the tokens belong to, from their claims (display only); the subject as a last resort. */
    static String userOf(Tokens tokens) {
        Optional<JwtClaims> claims = JwtClaims.decode(tokens.idToken()).or(() -> JwtClaims.decode(tokens.accessToken()));
        return claims.flatMap(c -> Stream.of(c.name(), c.preferredUsername(), c.email(), c.phoneNumber(), c.subject())
                .flatMap(Optional::stream).filter(s -> !s.isBlank()).findFirst()).orElse("?");
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
