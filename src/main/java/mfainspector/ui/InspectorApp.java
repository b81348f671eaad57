package mfainspector.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import mfainspector.demo.DemoOptions;
import mfainspector.settings.SettingsLocation;
import mfainspector.settings.LoadResult;
import mfainspector.settings.SettingsStore;

/** The desktop app: one main window on the user's settings. Started by the plain launcher. */
public final class InspectorApp extends Application {

    private SettingsStore store;
    private LoadResult loaded;
    private AppSession session;

    /** Starts the toolkit and opens the main window; returns when the window has been closed. */
    public static void run(String[] args) {
        Application.launch(InspectorApp.class, args);
    }

    /** Reads the settings on the launcher thread, before the toolkit shows anything. */
    @Override
    public void init() {
        store = new SettingsStore(SettingsLocation.defaultDir());
        loaded = store.load();
    }

    @Override
    public void start(Stage stage) {
        AppSession.open(stage, store, loaded, DemoOptions.defaults(), s -> session = s);
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
