package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import mfainspector.demo.DemoOptions;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.genauth.AccountType;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.AuthenticationApi;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Secret;
import mfainspector.genauth.Tokens;
import mfainspector.settings.AppSettings;
import mfainspector.settings.LoadResult;
import mfainspector.settings.SettingsStore;
import mfainspector.settings.WindowBounds;
import mfainspector.ui.startup.Pulses;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening the main window: it shows at once with the outline of {@link FirstFrame} (the saved
 * title, place and theme), and the controls replace the outline a moment later.
 */
class FirstFrameUiTest extends AppUiTestBase {

    /** What the window shows right after open() returned, and the session once its controls are in. */
    private record Opened(Stage stage, Parent firstRoot, String firstTitle, double firstWidth, AppSession session) {
    }

    private Opened openRecordingTheFirstFrame(Path folder) throws Exception {
        SettingsStore store = new SettingsStore(folder);
        LoadResult loaded = store.load();
        CompletableFuture<AppSession> ready = new CompletableFuture<>();
        AtomicReference<Opened> first = new AtomicReference<>();
        interact(() -> {
            Stage stage = new Stage();
            AppSession.open(stage, store, loaded, DemoOptions.defaults(), ready::complete);
            first.set(new Opened(stage, stage.getScene().getRoot(), stage.getTitle(), stage.getWidth(), null));
            assertThat(stage.isShowing()).as("shown before open() returns").isTrue();
        });
        AppSession s = ready.get(30, TimeUnit.SECONDS);
        Opened o = first.get();
        return new Opened(o.stage(), o.firstRoot(), o.firstTitle(), o.firstWidth(), s);
    }

    @Test
    void theWindowShowsItsOutlineAtOnceAndTheControlsReplaceIt() throws Exception {
        Path folder = settingsDir.resolve("light");
        new SettingsStore(folder).save(AppSettings.defaults().withWindow(new WindowBounds(40, 30, 1100, 720, false)));
        Opened o = openRecordingTheFirstFrame(folder);
        try {
            assertThat(o.firstRoot().getId()).isEqualTo("firstFrame");
            assertThat(o.firstRoot().lookupAll(".control")).as("no controls in the first frame").isEmpty();
            assertThat(o.firstTitle()).isEqualTo("MFA Inspector");
            assertThat(o.firstWidth()).as("the saved size from the first frame on").isEqualTo(1100);
            assertThat(o.stage().getScene().getRoot()).isSameAs(o.session().window().root());
            assertThat(o.stage().getScene().lookup("#firstFrame")).isNull();
            assertThat(o.stage().getScene().lookup("#signInButton")).isNotNull();
            assertThat(o.stage().getTitle()).isEqualTo(o.firstTitle());
        } finally {
            closeAll(o.session());
        }
    }

    @Test
    void theOutlineHasTheSavedThemesColours() throws Exception {
        Path folder = settingsDir.resolve("dark");
        new SettingsStore(folder).save(AppSettings.defaults().withTheme("dark"));
        Opened dark = openRecordingTheFirstFrame(folder);
        closeAll(dark.session());
        Path other = settingsDir.resolve("default");
        Opened light = openRecordingTheFirstFrame(other);
        closeAll(light.session());
        Color darkFill = (Color) ((Region) dark.firstRoot()).getBackground().getFills().get(0).getFill();
        Color lightFill = (Color) ((Region) light.firstRoot()).getBackground().getFills().get(0).getFill();
        assertThat(darkFill.getBrightness()).as("dark theme saved").isLessThan(0.2);
        assertThat(lightFill.getBrightness()).as("no theme saved: light until the OS answers").isGreaterThan(0.9);
    }

    @Test
    void aWindowClosedBeforeItsControlsAreBuiltBuildsNothing() throws Exception {
        Path folder = settingsDir.resolve("closed-early");
        SettingsStore store = new SettingsStore(folder);
        LoadResult loaded = store.load();
        CompletableFuture<AppSession> ready = new CompletableFuture<>();
        interact(() -> {
            Stage stage = new Stage();
            AppSession.open(stage, store, loaded, DemoOptions.defaults(), ready::complete);
            stage.hide();
        });
        // Well past the few pulses after which the controls would be built.
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ready).as("no session for a window closed at once").isNotDone();
    }

    @Test
    void onceTheWindowIsUpTheHttpStackIsPreparedForTheSelectedProfilesHost() throws Exception {
        Path folder = settingsDir.resolve("prepare");
        SettingsStore store = new SettingsStore(folder);
        LoadResult loaded = store.load();
        java.util.List<HostAddress> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();
        AuthenticationApi recording = new AuthenticationApi() {
            @Override
            public Tokens signIn(AppConnection app, AccountType type, String account, Secret password, CancelSignal cancel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.List<Factor> listEnrolledFactors(AppConnection app, Secret token, CancelSignal cancel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.List<FactorType> listFactorsToEnroll(AppConnection app, Secret token, CancelSignal cancel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void prepare(HostAddress host) {
                prepared.add(host);
            }
        };
        CompletableFuture<AppSession> ready = new CompletableFuture<>();
        interact(() -> AppSession.open(new Stage(), store, loaded, DemoOptions.defaults(), () -> recording, ready::complete));
        AppSession s = ready.get(30, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !prepared.isEmpty());
            assertThat(prepared).hasSize(1);
            assertThat(prepared.get(0).isLoopback()).as("the demo profile is selected").isTrue();
        } finally {
            closeAll(s);
        }
    }

    /**
     * The controls' first frame is the settled one: the demo profile's values, the side column's
     * width and the focus are there in the first layout, not a moment later (each later change
     * redraws the window once more).
     */
    @Test
    void theControlsFirstLayoutAlreadyHasTheDemosValuesTheColumnsWidthAndTheFocus() throws Exception {
        Path folder = settingsDir.resolve("first-layout");
        SettingsStore store = new SettingsStore(folder);
        LoadResult loaded = store.load();
        CompletableFuture<String> atFirstLayout = new CompletableFuture<>();
        CompletableFuture<AppSession> ready = new CompletableFuture<>();
        interact(() -> {
            Stage stage = new Stage();
            AppSession.open(stage, store, loaded, DemoOptions.defaults(), ready::complete);
            stage.getScene().rootProperty().addListener((obs, old, root) -> {
                if (!"firstFrame".equals(root.getId())) {
                    // The pulse that first lays the controls out, before anything else runs.
                    Pulses.afterNextLayout(stage.getScene(), at -> {
                        javafx.scene.control.TextField host = (javafx.scene.control.TextField) root.lookup("#hostField");
                        javafx.scene.control.SplitPane columns = (javafx.scene.control.SplitPane) root.lookup("#columns");
                        double side = ((Region) columns.getItems().get(0)).getWidth();
                        var focused = stage.getScene().getFocusOwner();
                        atFirstLayout.complete(host.getText() + " | " + Math.round(side) + " | "
                                + (focused == null ? "none" : focused.getId()));
                    });
                }
            });
        });
        AppSession s = ready.get(30, TimeUnit.SECONDS);
        try {
            String[] seen = atFirstLayout.get(5, TimeUnit.SECONDS).split(" \\| ");
            assertThat(seen[0]).as("the demo tenant's host").startsWith("http://127.0.0.1:");
            assertThat(Double.parseDouble(seen[1])).as("the side column's width")
                    .isCloseTo(MainWindow.SIDE_WIDTH, org.assertj.core.data.Offset.offset(12.0));
            assertThat(seen[2]).as("the focus, in the first empty field").isEqualTo("accountField");
        } finally {
            closeAll(s);
        }
    }
}
