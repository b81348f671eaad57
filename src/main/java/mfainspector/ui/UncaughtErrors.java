package mfainspector.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The last line of defence: anything that slipped through shows an alert owned by the main
 * window, with the details expandable, and the window stays usable. The log line names the type
 * and where it happened, never a message (which could quote what a person typed).
 */
public final class UncaughtErrors {

    private UncaughtErrors() {
    }

    public static void install(Window owner, I18n i18n) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            System.err.println("Unexpected " + e.getClass().getName() + " in thread " + thread.getName()
                    + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
            if (Platform.isFxApplicationThread()) {
                show(owner, i18n, e);
            } else {
                Platform.runLater(() -> show(owner, i18n, e));
            }
        });
    }

    private static void show(Window owner, I18n i18n, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("crash.title"));
        alert.setHeaderText(i18n.get("crash.header"));
        alert.setContentText(e.getClass().getSimpleName());
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }
}
