package mfainspector.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import mfainspector.factor.Masking;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.JwtClaims;
import mfainspector.ui.connection.ProfileView;
import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.factors.FactorsResult;
import mfainspector.ui.factors.FactorsView;
import mfainspector.ui.factors.FactorsViewModel;
import mfainspector.ui.factors.UserSummary;
import mfainspector.ui.lookup.LookupResult;
import mfainspector.ui.report.CoverageViewModel;
import mfainspector.ui.signin.FetchedFactors;
import mfainspector.ui.signin.SignInView;
import mfainspector.ui.signin.SignInViewModel;

/**
 * The main window's content: menu bar; connection and sign-in on the left; the error banner and
 * the results on the right; the status bar below. Esc cancels a running fetch, F5 / Ctrl+R refresh,
 * Ctrl+S (Cmd+S) saves the profile.
 */
public final class MainWindow implements AppMenu.Actions {

    /** The side column's width at first, and the narrowest it can be dragged (its fields keep 120 px). */
    public static final double SIDE_WIDTH = 420;
    static final double SIDE_MIN_WIDTH = 390;

    private final AppContext ctx;
    private final BorderPane root = new BorderPane();
    private final StackPane results = new StackPane();
    private final FactorsViewModel factors;
    private final SignInView signInView;
    private final FactorsView factorsView;
    private final ObjectProperty<AppMenu.Language> language;
    private final SplitPane columns;
    /** The side column's width asked for before the pane was laid out. */
    private double widthAtStart = SIDE_WIDTH;
    private final Node sideColumn;
    private Window owner;

    public MainWindow(AppContext ctx) {
        this.ctx = ctx;
        ProfileViewModel profiles = ctx.profiles();
        SignInViewModel signIn = ctx.signIn();
        I18n i18n = ctx.i18n();
        factors = new FactorsViewModel(i18n);
        language = new SimpleObjectProperty<>(AppMenu.Language.parse(ctx.settings().current().uiLanguage()));
        language.addListener((obs, old, now) -> {
            i18n.setLocale(now == AppMenu.Language.SYSTEM ? Locale.getDefault() : Locale.forLanguageTag(now.saved));
            ctx.settings().saveLanguage(now.saved);
        });

        ProfileView profileView = new ProfileView(profiles, i18n, ctx.demoPassword());
        signInView = new SignInView(signIn, i18n, this::signIn);
        Separator beforeSignIn = new Separator();
        VBox left = new VBox(12, profileView.root(), beforeSignIn, signInView.root());
        left.setPadding(new Insets(12));
        left.getStyleClass().add("side-column");
        ScrollPane side = new ScrollPane(left);
        side.setFitToWidth(true);
        side.setPrefWidth(SIDE_WIDTH); // wide enough for "Demo tenant (sample data)" and a full app ID
        side.setMinWidth(SIDE_MIN_WIDTH);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("side-scroll");

        factors.setOnRefresh(signIn::refresh);
        factors.setOnSignOut(() -> {
            signIn.signOut();
            // The results and their buttons go: the person continues in the sign-in form, not at the top of the window.
            signInView.firstField().requestFocus();
        });
        factors.busyProperty().bind(signInView.busyLookProperty());
        signIn.resultProperty().addListener((obs, old, r) -> {
            if (r == null) {
                factors.clear();
            } else {
                // A pasted token may belong to someone else than the account field names: never show that name for it.
                factors.show(toResult(r, r.account() == null ? i18n.get("factors.user.pasted-token") : r.account()));
            }
        });
        factorsView = new FactorsView(factors, i18n);
        results.getChildren().setAll(factorsView.node());
        ModeTabs modes = new ModeTabs(ctx, results, profileView::openManagement, this::focusFirstEmptyField);
        FormRows.showWhen(modes.signInSelectedProperty(), beforeSignIn, signInView.root());
        // The banner sits below the tabs: when it comes or goes, nothing the person is typing into or reading moves.
        VBox right = new VBox(modes.node(), new ErrorBanner(ctx.banner(), i18n).root());
        VBox.setVgrow(modes.node(), Priority.ALWAYS);
        right.getStyleClass().add("results-column");

        AppMenu menu = new AppMenu(i18n, this, profiles.demoSelectedProperty().not(),
                signIn.resultProperty().isNotNull().and(signIn.runningProperty().not()), ctx.theme().choiceProperty(), language);
        root.setTop(menu.bar());
        // The side column can be dragged narrower or wider; it keeps its width when the window is resized.
        columns = new SplitPane(side, right);
        columns.setId("columns");
        columns.getStyleClass().add("main-columns");
        SplitPane.setResizableWithParent(side, false);
        sideColumn = side;
        sideWidth(sideWidthAtStart(ctx.settings().current().sideWidth()));
        root.setCenter(columns);
        root.setBottom(statusBar(modes).root());
        root.getStyleClass().add("main-window");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // While a menu is open its letters are the menu's: none may reach the field behind it
        // (in Chinese, where most items have no letter of their own, they used to be typed there).
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (menu.anyShowing()) {
                e.consume();
            }
        });
        wireErrors();
        forgetWhatNoLongerBelongs();
        keepFocusAcross(signIn.runningProperty());
    }

    /**
     * While a fetch looks busy, Refresh and Sign out are disabled, and JavaFX moves the focus of a
     * disabled control on to the next one. The control that had the focus when the fetch started
     * gets it back when it is enabled again, unless the person clicked or pressed a key meanwhile:
     * then their choice stands.
     */
    private void keepFocusAcross(ObservableBooleanValue running) {
        boolean[] personActed = new boolean[1];
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> personActed[0] = true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> personActed[0] = true);
        running.addListener((obs, was, now) -> {
            Scene scene = root.getScene();
            Node had = scene == null ? null : scene.getFocusOwner();
            if (!now || had == null) {
                return;
            }
            personActed[0] = false;
            InvalidationListener[] back = new InvalidationListener[1];
            back[0] = o -> {
                if (had.isDisabled()) {
                    return;
                }
                had.disabledProperty().removeListener(back[0]);
                if (!personActed[0] && scene.getFocusOwner() != had && had.getScene() == scene && had.isVisible()) {
                    had.requestFocus();
                }
            };
            had.disabledProperty().addListener(back[0]);
            // A fetch that ends before anything was disabled leaves nothing to give back.
            running.addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    running.removeListener(this);
                    if (!had.isDisabled()) {
                        had.disabledProperty().removeListener(back[0]);
                    }
                }
            });
        });
    }

    /**
     * What the window shows belongs to the selected profile and the connection it names: another
     * profile, or another host or app id typed into this one, drops the signed-in user (tokens and
     * factors), the looked-up user and the banner, so Refresh cannot fetch from the old host and no
     * earlier answer stays on screen under the new choice.
     */
    private void forgetWhatNoLongerBelongs() {
        ProfileViewModel profiles = ctx.profiles();
        profiles.selectedProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !old.id().equals(now.id())) {
                ctx.signIn().signOut();
                ctx.lookup().clear();
                ctx.banner().clear();
            }
        });
        ChangeListener<String> connectionEdited = (obs, old, now) -> {
            FetchedFactors shown = ctx.signIn().resultProperty().get();
            if (shown != null && !shownConnectionIs(shown, profiles.hostProperty().get(), profiles.appIdProperty().get())) {
                ctx.signIn().signOut();
            }
        };
        profiles.hostProperty().addListener(connectionEdited);
        profiles.appIdProperty().addListener(connectionEdited);
    }

    private static boolean shownConnectionIs(FetchedFactors shown, String host, String appId) {
        try {
            return shown.connection().host().equals(HostAddress.parse(host))
                    && shown.connection().appId().equals(appId.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void wireErrors() {
        SignInViewModel signIn = ctx.signIn();
        signIn.errorProperty().addListener((obs, old, e) -> {
            if (e == null || e.category() == ErrorCategory.CANCELLED) {
                ctx.banner().clear();
            } else {
                ctx.banner().showError(e, signIn::retry);
            }
        });
        // On the state, not the error: the fields are enabled again only once the state has left RUNNING.
        signIn.stateProperty().addListener((obs, old, now) -> {
            if (now == SignInViewModel.State.SHOWN) {
                ctx.banner().succeeded();
            }
            ErrorCategory c = signIn.errorProperty().get() == null ? null : signIn.errorProperty().get().category();
            if (now == SignInViewModel.State.ERROR && (c == ErrorCategory.NOT_SIGNED_IN || c == ErrorCategory.WRONG_CREDENTIALS)) {
                signInView.passwordField().requestFocus();
            }
        });
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && ctx.signIn().runningProperty().get()) {
            ctx.signIn().cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && ctx.lookup().runningProperty().get()) {
            ctx.lookup().cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && ctx.lookup().caseView().loadingProperty().get()) {
            ctx.lookup().caseView().cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && ctx.coverage().stateProperty().get() == CoverageViewModel.State.SCANNING) {
            ctx.coverage().cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && ctx.banner().secondsLeftProperty().get() > 0) {
            ctx.banner().cancelCountdown();
            e.consume();
        } else if (e.getCode() == KeyCode.R && e.isShortcutDown()) {
            refresh();
            e.consume();
        } else if (e.getCode() == KeyCode.S && e.isShortcutDown() && !ctx.profiles().demoSelectedProperty().get()) {
            ctx.profiles().save();
            e.consume();
        }
    }

    private void signIn() {
        ctx.profiles().validation().touchAll();
        ctx.profiles().commit();
        ctx.signIn().signIn();
    }

    /** The status bar: the sign-in tab's user and host, or the looked-up user and the management host. */
    private StatusBar statusBar(ModeTabs modes) {
        I18n i18n = ctx.i18n();
        var signedIn = Bindings.createObjectBinding(() -> factors.signedInUserProperty().get() == null ? null
                : factors.signedInUserProperty().get().masked().headline(), factors.signedInUserProperty());
        var lookup = ctx.lookup();
        var lookedUp = Bindings.createObjectBinding(() -> {
            LookupResult r = lookup.resultProperty().get();
            if (r == null) {
                return null;
            }
            return r.user() != null ? Masking.maskContact(r.user().displayName()) : i18n.get("status.matches", r.matches().size());
        }, lookup.resultProperty(), i18n.localeProperty());
        var lookupFetched = Bindings.createObjectBinding(() -> lookup.resultProperty().get() == null ? null
                : lookup.fetchedAtProperty().get(), lookup.resultProperty(), lookup.fetchedAtProperty());
        return new StatusBar(i18n, modes.signInSelectedProperty().not(),
                new StatusBar.Source(ctx.profiles().hostProperty(), signedIn, factors.fetchedAtProperty()),
                new StatusBar.Source(ctx.profiles().management().hostProperty(), lookedUp, lookupFetched));
    }

    /** The side column's width as saved, within what it can be, or its default. */
    static double sideWidthAtStart(double saved) {
        return saved > 0 ? Math.max(SIDE_MIN_WIDTH, saved) : SIDE_WIDTH;
    }

    /** The side column's width now, in pixels (to keep it for the next run). */
    public double sideWidth() {
        return sideColumn.getLayoutBounds().getWidth();
    }

    /**
     * Makes the side column {@code width} pixels wide. A split pane places its divider as a fraction
     * of its own width, known only once it is laid out, and the divider's own width comes off the
     * side column: so the divider is placed after the pulse that sized the pane, then moved by what
     * the side column still lacks.
     */
    public void sideWidth(double width) {
        if (columns.getWidth() > 0) {
            placeDivider(width, true);
            return;
        }
        widthAtStart = width;
        columns.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.doubleValue() > 0) {
                    columns.widthProperty().removeListener(this);
                    Platform.runLater(() -> placeDivider(width, true));
                }
            }
        });
    }

    /**
     * Places the divider near the side column's width before the first layout, once the window's
     * root is in its scene: the pane fills the window's width, so that is near enough for the first
     * frame, where the column would otherwise show at half the window; it is corrected once the
     * pane is laid out.
     */
    void presetSideWidth() {
        Scene scene = columns.getScene();
        if (columns.getWidth() == 0 && scene != null && scene.getWidth() > widthAtStart) {
            columns.setDividerPositions(widthAtStart / scene.getWidth());
        }
    }

    private void placeDivider(double width, boolean thenCorrect) {
        double total = columns.getWidth();
        double now = columns.getDividerPositions()[0];
        double position = thenCorrect ? width / total : now + (width - sideColumn.getLayoutBounds().getWidth()) / total;
        columns.setDividerPositions(Math.max(0, Math.min(0.9, position)));
        if (thenCorrect) {
            Platform.runLater(() -> {
                columns.layout();
                placeDivider(width, false);
            });
        }
    }

    /** Puts the focus where a person starts: the first empty field of the sign-in form. */
    public void focusFirstEmptyField() {
        boolean accountEmpty = ctx.signIn().accountProperty().get().isBlank();
        (accountEmpty ? signInView.firstField() : signInView.passwordField()).requestFocus();
    }

    /** The fetched data as the results pane shows it; who it is comes from the token claims (display only). */
    static FactorsResult toResult(FetchedFactors r, String typedAccount) {
        UserSummary user = UserSummary.fromClaims(JwtClaims.decode(r.tokens().idToken()),
                JwtClaims.decode(r.tokens().accessToken()), typedAccount);
        return new FactorsResult(user, r.enrolled(), r.toEnroll(), r.fetchedAt());
    }

    /** The results pane's model: its rows are what the table shows. */
    public FactorsViewModel factors() {
        return factors;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Builds what the window does not show yet but soon will (the factor table); when it is up and idle. */
    public void prepare() {
        factorsView.prepare();
    }

    public Parent root() {
        return root;
    }

    @Override
    public void newProfile() {
        ask("profile.new.title", "profile.new.prompt", ctx.i18n().get("profile.new.default")).ifPresent(ctx.profiles()::create);
    }

    @Override
    public void renameProfile() {
        ask("profile.rename.title", "profile.rename.prompt", ctx.profiles().nameProperty().get()).ifPresent(ctx.profiles()::rename);
    }

    @Override
    public void deleteProfile() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ctx.i18n().get("profile.delete.confirm",
                ctx.profiles().nameProperty().get()), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(ctx.i18n().get("profile.delete.title"));
        confirm.setHeaderText(null);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            ctx.profiles().deleteSelected();
        }
    }

    @Override
    public void quit() {
        owner.hide();
    }

    @Override
    public void refresh() {
        ctx.signIn().refresh();
    }

    @Override
    public void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, ctx.i18n().get("about.text", ctx.version()), ButtonType.OK);
        about.initOwner(owner);
        about.setTitle(ctx.i18n().get("about.title"));
        about.setHeaderText(null);
        about.show();
    }

    private Optional<String> ask(String titleKey, String promptKey, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(ctx.i18n().get(titleKey));
        dialog.setHeaderText(null);
        dialog.setContentText(ctx.i18n().get(promptKey));
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
