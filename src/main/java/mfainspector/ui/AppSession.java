package mfainspector.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import mfainspector.Version;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.AuthenticationApi;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.ManagementClient;
import mfainspector.lookup.LookupLog;
import mfainspector.settings.AppSettings;
import mfainspector.settings.OwnerOnlyFileSecretStore;
import mfainspector.settings.SecretStore;
import mfainspector.settings.SecretStores;
import mfainspector.settings.SessionSecretStore;
import mfainspector.settings.LoadResult;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.connection.EmbeddedDemo;
import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.connection.SecretStoreModel;
import mfainspector.ui.lookup.LookupLogViewModel;
import mfainspector.ui.report.CoverageViewModel;
import mfainspector.ui.lookup.LookupTarget;
import mfainspector.ui.lookup.LookupViewModel;
import mfainspector.ui.signin.SignInViewModel;
import mfainspector.ui.startup.FirstFrame;
import mfainspector.ui.startup.HeldExecutor;
import mfainspector.ui.startup.Pulses;

/**
 * Builds one main window on a stage with its services: the settings of one {@link SettingsStore}, the
 * secret store probed in the background, the demo tenant, the API client created on first use.
 * The app, the self-test and the UI tests all open the window through here.
 */
public final class AppSession implements AutoCloseable {

    /** The window icon at every size the desktop may ask for (copies of assets/icons). */
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    /**
     * How many pulses (at 60 a second) the outline stays alone before the controls are built.
     * Building them keeps the JavaFX thread, which also runs the GTK event loop, busy for most of
     * a second; with 2 pulses the window stayed blank (white) until the controls were in, since
     * the windowing system's events that put the outline on screen were not handled yet. With 4
     * the outline showed at once in screen captures under Xvfb, for about 30 ms later controls.
     */
    private static final int OUTLINE_PULSES = 4;
    /** At most this long the controls wait, once built, for a demo tenant started with the window. */
    private static final long DEMO_WAIT_MS = 400;
    /** The window's size when no place was saved. */
    static final double WIDTH = 1180;
    static final double HEIGHT = 800;
    /** The smallest the window can be made: every column of every tab stays readable down to here. */
    public static final double MIN_WIDTH = 1100;
    public static final double MIN_HEIGHT = 700;

    private final Stage stage;
    private final AppContext ctx;
    private final MainWindow window;
    private final ExecutorService settingsWriter;
    private final EmbeddedDemo demo;
    private final WindowPlacement placement;
    private final HeldExecutor startUp;
    private final Supplier<AuthenticationApi> client;
    private boolean closed;

    private AppSession(Stage stage, SettingsStore store, LoadResult loaded, I18n i18n, EmbeddedDemo demo,
                       WindowPlacement placement, Supplier<AuthenticationApi> client) {
        this.stage = stage;
        this.placement = placement;
        Path settingsDir = store.dir();
        this.client = client;
        AppSettings saved = loaded.settings();
        startUp = new HeldExecutor(TaskRunner.daemonPool("mfa-inspector-work"));
        TaskRunner runner = new TaskRunner(startUp, Platform::runLater);
        BannerModel banner = new BannerModel(i18n, new Countdown(Platform::runLater));
        settingsWriter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mfa-inspector-settings");
            t.setDaemon(true);
            return t;
        });
        SettingsKeeper settings = new SettingsKeeper(store, saved, settingsWriter, Platform::runLater,
                why -> banner.showMessage(() -> i18n.get("settings.problem", why)));
        SecretStore session = new SessionSecretStore();
        SecretStoreModel secrets = new SecretStoreModel(i18n, () -> session, () -> new OwnerOnlyFileSecretStore(settingsDir));
        this.demo = demo;
        ProfileViewModel profiles = new ProfileViewModel(i18n, runner, settings, secrets, demo, banner);
        SignInViewModel signIn = new SignInViewModel(runner, client, profiles::connection, profiles.readyProperty(),
                Clock.systemDefaultZone());
        ThemeSwitcher theme = new ThemeSwitcher(runner, OsTheme::prefersDark);
        theme.choiceProperty().set(ThemeSwitcher.parse(saved.theme()));
        theme.apply();
        theme.choiceProperty().addListener((obs, old, now) -> settings.saveTheme(now.name().toLowerCase(Locale.ROOT)));
        LookupLog lookupLog = new LookupLog(settingsDir);
        LookupViewModel lookup = new LookupViewModel(i18n, runner, ManagementClient::create, () -> {
            profiles.commit();
            return LookupTarget.selected(profiles);
        }, LookupTarget.ready(profiles), lookupLog, banner);
        LookupLogViewModel lookupLogView = new LookupLogViewModel(i18n, runner, lookupLog, ZoneId.systemDefault());
        CoverageViewModel coverage = new CoverageViewModel(i18n, runner, settingsDir.resolve("reports"), () -> {
            profiles.commit();
            return LookupTarget.selected(profiles);
        }, LookupTarget.ready(profiles), lookupLog, banner, ZoneId.systemDefault());
        if (saved.coverageRate() > 0) {
            coverage.rateProperty().set(saved.coverageRate());
        }
        coverage.rateProperty().addListener((obs, old, now) -> settings.saveCoverageRate(now.intValue()));
        ctx = new AppContext(i18n, runner, settings, banner, profiles, signIn, theme, DemoTenant.DEMO_PASSWORD, Version.current(),
                lookup, lookupLogView, coverage);

        loaded.backupOfCorruptFile().ifPresentOrElse(
                backup -> banner.showMessage(() -> i18n.get("settings.corrupt", backup)),
                () -> loaded.problem().ifPresent(p -> banner.showMessage(() -> i18n.get("settings.load-problem", p))));
        profiles.load();
        runner.run(() -> SecretStores.detect(settingsDir), secrets::probed, e -> secrets.probed(Optional.empty()));

        window = new MainWindow(ctx);
        window.setOwner(stage);
        stage.titleProperty().bind(i18n.text("app.title"));

        UncaughtErrors.install(stage, i18n);
        // However the window goes (close button, File > Quit), its edits and place are saved.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    /**
     * Opens the main window on {@code stage}; call on the JavaFX thread with the settings loaded
     * beforehand by {@code store}, which then saves them: it knows what it read, so a save merges
     * only with what another running instance wrote since. The window shows at once with {@link FirstFrame}'s outline (title, place and
     * theme colours already right); the controls are built {@link #OUTLINE_PULSES} pulses later,
     * once that outline is on the screen, and replace it; {@code ready} gets the session once a
     * pulse has styled and laid them out.
     * Nothing is built when the window is closed before that.
     */
    public static void open(Stage stage, SettingsStore store, LoadResult loaded, DemoOptions demoOptions, Consumer<AppSession> ready) {
        open(stage, store, loaded, demoOptions, lazyClient(), ready);
    }

    /** As above with another API client, created on first use on a background thread (tests shorten its timeouts). */
    public static void open(Stage stage, SettingsStore store, LoadResult loaded, DemoOptions demoOptions,
                            Supplier<AuthenticationApi> client, Consumer<AppSession> ready) {
        AppSettings saved = loaded.settings();
        boolean dark = ThemeSwitcher.parse(saved.theme()) == ThemeSwitcher.Choice.DARK;
        stage.setScene(new Scene(FirstFrame.outline(dark, MainWindow.sideWidthAtStart(saved.sideWidth())), WIDTH, HEIGHT));
        I18n i18n = new I18n(uiLocale(saved.uiLanguage()));
        stage.setTitle(i18n.get("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        WindowPlacement placement = WindowPlacement.restore(stage, saved.window());
        addIconsSoon(stage);
        EmbeddedDemo demo = new EmbeddedDemo(demoOptions);
        if (opensOnTheDemo(saved)) {
            demo.startSoon(); // in parallel with building the controls: its values are there when they show
        }
        stage.show();
        Pulses.after(OUTLINE_PULSES, () -> {
            if (!stage.isShowing()) {
                demo.close();
            } else {
                AppSession s = new AppSession(stage, store, loaded, i18n, demo, placement, client);
                Runnable show = () -> {
                    if (stage.isShowing()) {
                        s.showControls();
                        s.releaseWorkAfterFirstFrame();
                        Pulses.afterNextLayout(stage.getScene(), laidOut -> {
                            s.window.focusFirstEmptyField(); // again: the first layout can move it
                            ready.accept(s);
                        });
                    }
                };
                s.whenDemoStartedOrSoon(show);
            }
        });
    }

    /**
     * Runs {@code then} on the JavaFX thread once the demo profile's values are in (at once when the
     * window does not open on a starting demo tenant), or after {@link #DEMO_WAIT_MS} at the latest:
     * so the demo's values come with the controls' first frame, not a moment after it, while the
     * outline never stays long.
     */
    private void whenDemoStartedOrSoon(Runnable then) {
        ReadOnlyObjectProperty<DemoState> state = ctx.profiles().demoStateProperty();
        if (state.get() != DemoState.STARTING) {
            then.run();
            return;
        }
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                then.run();
            }
        };
        state.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends DemoState> obs, DemoState old, DemoState now) {
                if (now != DemoState.STARTING) {
                    state.removeListener(this);
                    once.run();
                }
            }
        });
        CompletableFuture.delayedExecutor(DEMO_WAIT_MS, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(once));
    }

    /**
     * Replaces the outline with the controls, the side column at its width and the focus in the
     * first empty field before the first layout, so that their first frame is the settled one.
     */
    private void showControls() {
        Scene scene = stage.getScene();
        scene.setRoot(window.root());
        window.presetSideWidth();
        scene.getStylesheets().add(AppSession.class.getResource("app.css").toExternalForm());
        // Styling now, which the first pulse would do anyway, gives the controls their skins: a
        // field inside a scroll pane is in the scene, and can take the focus, only from then on.
        scene.getRoot().applyCss();
        window.focusFirstEmptyField();
    }

    /** Whether the window will open on the demo profile: none saved is selected (first run), or the demo is. */
    private static boolean opensOnTheDemo(AppSettings saved) {
        String id = saved.selectedProfileId();
        return saved.profiles() == null || saved.profiles().stream().noneMatch(p -> !p.demo() && p.id().equals(id));
    }

    /**
     * Background work starts once the window's first frame with its controls has been drawn (two
     * pulses later); the controls not shown yet are built then too.
     */
    private void releaseWorkAfterFirstFrame() {
        Pulses.after(2, () -> {
            startUp.release();
            window.prepare();
            prepareClient();
        });
    }

    /**
     * Loads the HTTP stack for the selected profile's host in the background while the person
     * types, so that the first sign-in does not wait for it (for an https host that includes
     * reading the certificate stores).
     */
    private void prepareClient() {
        var profiles = ctx.profiles();
        HostAddress host;
        try {
            host = HostAddress.parse(profiles.demoSelectedProperty().get() ? "http://127.0.0.1" : profiles.hostProperty().get());
        } catch (IllegalArgumentException e) {
            return;
        }
        ctx.runner().run(() -> {
            client.get().prepare(host);
            return host;
        }, prepared -> { }, e -> { });
    }

    public AppContext context() {
        return ctx;
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Cancels the call in flight, saves the open edits and the window placement, waits briefly for
     * the writes, stops the demo tenant: the app can exit at once, even in the middle of a fetch. Once.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ctx.signIn().cancel();
        // A running coverage scan stops; its checkpoint stays for Resume.
        ctx.coverage().cancel();
        ctx.banner().clear();
        ctx.theme().close();
        ctx.profiles().commit();
        ctx.settings().saveWindow(placement.bounds());
        ctx.settings().saveSideWidth(window.sideWidth());
        settingsWriter.shutdown();
        try {
            settingsWriter.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        demo.close();
    }

    /** The standard client, created once on first use. */
    public static Supplier<AuthenticationApi> lazyClient() {
        return lazyClient(GenAuthClient::create);
    }

    /** {@code factory} called once, on first use: the HTTP stack loads on a background thread. */
    public static Supplier<AuthenticationApi> lazyClient(Supplier<? extends AuthenticationApi> factory) {
        return new Supplier<>() {
            private AuthenticationApi client;

            @Override
            public synchronized AuthenticationApi get() {
                if (client == null) {
                    client = factory.get();
                }
                return client;
            }
        };
    }

    /** The saved language, or the OS language when none was chosen. */
    static Locale uiLocale(String saved) {
        return saved == null || saved.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(saved);
    }

    /**
     * Decodes the window icons on a thread of their own and gives them to the stage when done:
     * decoding six PNGs on the JavaFX thread held the controls back by tens of milliseconds.
     */
    private static void addIconsSoon(Stage stage) {
        Thread t = new Thread(() -> {
            List<Image> icons = new ArrayList<>();
            for (int size : ICON_SIZES) {
                var url = AppSession.class.getResource("icons/mfa-inspector-" + size + ".png");
                if (url == null) {
                    Platform.runLater(() -> {
                        throw new IllegalStateException("the window icon of " + size + " px is missing from the app");
                    });
                    return;
                }
                icons.add(new Image(url.toExternalForm()));
            }
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "mfa-inspector-icons");
        t.setDaemon(true);
        t.start();
    }
}
