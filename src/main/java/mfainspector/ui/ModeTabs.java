package mfainspector.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import mfainspector.genauth.AccountType;
import mfainspector.lookup.UserIdType;
import mfainspector.ui.lookup.LookupLogView;
import mfainspector.ui.lookup.LookupTarget;
import mfainspector.ui.lookup.LookupView;
import mfainspector.ui.lookup.LookupViewModel;
import mfainspector.ui.report.CoverageView;

/**
 * The two ways to use the app, side by side as tabs a new agent sees at once: sign in as the user
 * (their factors in detail), or look any user up with the management credentials; and the lookup
 * log; and the MFA coverage report of the whole pool. The sign-in form in the side column belongs
 * to the first tab only.
 */
final class ModeTabs {

    private final TabPane tabs = new TabPane();
    private final Tab signIn;
    private final Tab lookup;
    private final BooleanBinding signInSelected;
    /** Held here: a binding only its listener refers to would be collected. */
    private final BooleanBinding coverageReady;

    /**
     * @param signInResults  the results pane of the sign-in mode
     * @param openManagement opens the connection panel's management section
     * @param focusSignInForm moves the focus to the sign-in form's first empty field (the password
     *                        once the account is filled in)
     */
    ModeTabs(AppContext ctx, Node signInResults, Runnable openManagement, Runnable focusSignInForm) {
        I18n i18n = ctx.i18n();
        signIn = tab(i18n, "signInTab", "mode.signin", signInResults);
        lookup = tab(i18n, "lookupTab", "mode.lookup", null);
        Tab coverage = tab(i18n, "coverageTab", "mode.coverage", null);
        Tab log = tab(i18n, "logTab", "mode.log", null);
        tabs.getTabs().setAll(signIn, lookup, log, coverage);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("modeTabs");
        tabs.getStyleClass().add("mode-tabs");
        signInSelected = tabs.getSelectionModel().selectedItemProperty().isEqualTo(signIn);
        // The lookup and log views are built when first opened: most sessions never do, and
        // building them with the window delayed its first frame.
        LookupView[] lookupView = new LookupView[1];
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == signIn) {
                focusOnceTheClickIsDone(focusSignInForm);
            } else if (now == lookup) {
                if (lookupView[0] == null) {
                    lookupView[0] = new LookupView(ctx.lookup(), i18n, LookupTarget.ready(ctx.profiles()), openManagement);
                    lookup.setContent(lookupView[0].node());
                }
                if (!LookupTarget.ready(ctx.profiles()).get()) {
                    openManagement.run();
                }
                focusOnceTheClickIsDone(lookupView[0].queryField()::requestFocus);
            } else if (now == coverage) {
                showCoverage(ctx, coverage, openManagement);
            } else if (now == log) {
                if (log.getContent() == null) {
                    log.setContent(new LookupLogView(ctx.lookupLog(), i18n).node());
                }
                ctx.lookupLog().reload();
            }
        });
        ctx.lookup().setOnLogged(ctx.lookupLog()::reload);
        ctx.coverage().setOnLogged(ctx.lookupLog()::reload);
        // Another profile, or its credentials complete now (a secret read from the store): the coverage
        // tab, when shown, shows that profile's pool (its report or its unfinished scan), once the
        // switch has loaded the profile's fields.
        Runnable coverageTarget = () -> Platform.runLater(() -> {
            if (tabs.getSelectionModel().getSelectedItem() == coverage) {
                ctx.coverage().show();
            }
        });
        ctx.profiles().selectedProperty().addListener((obs, old, now) -> coverageTarget.run());
        coverageReady = LookupTarget.ready(ctx.profiles());
        coverageReady.addListener((obs, was, now) -> coverageTarget.run());
        Runnable[] forgetUserId = {() -> { }};
        ctx.coverage().setOnOpenUser(userId -> {
            tabs.getSelectionModel().select(lookup);
            forgetUserId[0].run();
            forgetUserId[0] = lookUpUserIdOnce(ctx.lookup(), userId);
        });
        ctx.lookup().setOnSignInAs(account -> {
            ctx.signIn().accountTypeProperty().set(AccountType.ACCOUNT);
            ctx.signIn().useTokenProperty().set(false);
            ctx.signIn().accountProperty().set(account);
            tabs.getSelectionModel().select(signIn);
            focusSignInForm.run();
        });
    }

    /**
     * Looks a user of the coverage report up by user ID. The type is chosen for that user ID only:
     * once the agent types something else (or picks a type), "Look up as" recognises what is typed
     * again, so a username typed next is not looked up as a user ID.
     *
     * @return stops watching (before the next user of the report is opened)
     */
    private static Runnable lookUpUserIdOnce(LookupViewModel lookup, String userId) {
        lookup.chosenTypeProperty().set(UserIdType.USER_ID);
        lookup.queryProperty().set(userId);
        lookup.lookUp();
        InvalidationListener[] watch = new InvalidationListener[1];
        Runnable stop = () -> {
            lookup.queryProperty().removeListener(watch[0]);
            lookup.chosenTypeProperty().removeListener(watch[0]);
        };
        watch[0] = obs -> {
            stop.run();
            if (obs == lookup.queryProperty() && lookup.chosenTypeProperty().get() == UserIdType.USER_ID) {
                lookup.chosenTypeProperty().set(null);
            }
        };
        lookup.queryProperty().addListener(watch[0]);
        lookup.chosenTypeProperty().addListener(watch[0]);
        return stop;
    }

    /** The coverage report, built when first opened like the look-up; each opening checks for a scan to resume. */
    private static void showCoverage(AppContext ctx, Tab coverage, Runnable openManagement) {
        if (coverage.getContent() == null) {
            CoverageView view = new CoverageView(ctx.coverage(), ctx.i18n());
            coverage.setContent(view.node());
            coverage.getProperties().put(CoverageView.class, view);
        }
        if (!LookupTarget.ready(ctx.profiles()).get()) {
            openManagement.run();
        }
        ctx.coverage().show();
        focusOnceTheClickIsDone(((CoverageView) coverage.getProperties().get(CoverageView.class)).firstControl()::requestFocus);
    }

    /**
     * Puts the focus in a tab's first field ({@code focus} does) once the event that chose the tab is
     * done. A tab chosen with the mouse is chosen while the press is still on its way to the tab
     * pane, which then takes the focus itself: focused at once, the field lost it again and typing
     * went nowhere.
     */
    private static void focusOnceTheClickIsDone(Runnable focus) {
        Platform.runLater(focus);
    }

    private static Tab tab(I18n i18n, String id, String key, Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(i18n.text(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key + ".tooltip"));
        t.setTooltip(tip);
        t.setContent(content);
        return t;
    }

    Node node() {
        return tabs;
    }

    /** True while the sign-in mode is shown. */
    BooleanBinding signInSelectedProperty() {
        return signInSelected;
    }
}
