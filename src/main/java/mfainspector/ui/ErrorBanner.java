package mfainspector.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The error banner above the results: what happened and what to do, the codes, Copy, Cancel of a pending retry, Retry, close. */
public final class ErrorBanner {

    private final HBox root = new HBox(10);

    public ErrorBanner(BannerModel model, I18n i18n) {
        Label message = new Label();
        message.setId("bannerMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("banner-message");
        Label codes = new Label();
        codes.setId("bannerCodes");
        codes.getStyleClass().add("banner-codes");
        codes.setWrapText(true);
        codes.textProperty().bind(model.codesProperty());
        codes.visibleProperty().bind(model.codesProperty().isNotEmpty());
        codes.managedProperty().bind(codes.visibleProperty());
        VBox text = new VBox(4, message, codes);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button copy = new Button();
        copy.setId("bannerCopy");
        copy.textProperty().bind(i18n.text("banner.copy"));
        copy.visibleProperty().bind(codes.visibleProperty());
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(message.getText() + System.lineSeparator() + codes.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button retry = new Button();
        retry.setId("bannerRetry");
        retry.textProperty().bind(i18n.text("banner.retry"));
        retry.visibleProperty().bind(model.retryProperty().isNotNull());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> {
            Runnable action = model.retryProperty().get();
            model.clear();
            if (action != null) {
                action.run();
            }
        });
        Button stop = new Button();
        stop.setId("bannerCancel");
        stop.textProperty().bind(i18n.text("banner.cancel-retry"));
        stop.visibleProperty().bind(model.secondsLeftProperty().greaterThan(0));
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> model.cancelCountdown());
        Tooltip stopTip = new Tooltip();
        stopTip.textProperty().bind(i18n.text("banner.cancel-retry.tooltip"));
        stop.setTooltip(stopTip);
        Button close = new Button("\u2715");
        close.setId("bannerClose");
        close.getStyleClass().add("flat");
        close.accessibleTextProperty().bind(i18n.text("banner.close"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("banner.close"));
        close.setTooltip(tip);
        close.setOnAction(e -> model.clear());

        for (Button b : new Button[] {copy, stop, retry}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the message wraps; the buttons keep their words whole
        }
        root.getChildren().addAll(text, copy, stop, retry, close);
        root.setId("errorBanner");
        root.getStyleClass().add("error-banner");
        root.setMinHeight(Region.USE_PREF_SIZE);
        root.visibleProperty().bind(model.visibleProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node root() {
        return root;
    }
}
