package mfainspector.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import mfainspector.action.HelpdeskAction;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import mfainspector.settings.AppSettings;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.ThemeSwitcher.Choice;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.lookup.ActionsViewModel;
import mfainspector.ui.report.CoverageViewModel;
import mfainspector.ui.signin.SignInViewModel.State;
import mfainspector.ui.startup.PngWriter;
import mfainspector.ui.startup.SelfTest;

/**
 * Makes the README's screenshots of the real main window on the demo tenant: run by
 * {@code jlink/screenshots.sh DIR} (under {@code xvfb-run}). Each state is reached through the
 * window's own sign-in button, as {@code --self-test} does, on a throw-away settings folder.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("mfa-inspector-screenshots");
        System.setProperty("mfainspector.home", dir.toString());
        new SettingsStore(dir).save(AppSettings.defaults().withTheme("light").withUiLanguage("en"));
        SettingsStore store = new SettingsStore(dir);
        var loaded = store.load();
        CompletableFuture<AppSession> opened = new CompletableFuture<>();
        Platform.startup(() -> AppSession.open(new Stage(), store, loaded, DemoOptions.defaults(), opened::complete));
        AppSession s = opened.get(30, TimeUnit.SECONDS);
        try {
            until(() -> s.context().profiles().demoStateProperty().get() == DemoState.READY);
            shoot(s, out.resolve("factors-light.png"), "carol", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            shoot(s, out.resolve("empty-state-light.png"), "dave", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            shoot(s, out.resolve("wrong-password-light.png"), "carol", "not-the-password", State.ERROR);
            lookUp(s, out.resolve("lookup-light.png"), "bob@example.com", "INC-4711");
            lookUp(s, out.resolve("lookup-matches-light.png"), "example.com", "INC-4711");
            log(s, out.resolve("log-light.png"));
            lookUp(s, out.resolve("case-grace-light.png"), "grace@example.com", "INC-4711");
            activity(s, out.resolve("case-grace-activity-light.png"), "grace@example.com");
            lookUp(s, out.resolve("case-alice-light.png"), "alice@example.com", "INC-4711");
            actions(s, out.resolve("actions-light.png"), out.resolve("actions-confirm-light.png"));
            language(s, "zh-CN");
            actions(s, out.resolve("actions-zh.png"), out.resolve("actions-confirm-zh.png"));
            lookUp(s, out.resolve("case-grace-zh.png"), "grace@example.com", "INC-4711");
            shoot(s, out.resolve("factors-zh.png"), "carol", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            lookUp(s, out.resolve("lookup-zh.png"), "alice@example.com", "INC-4711");
            log(s, out.resolve("log-zh.png"));
            language(s, "en");
            fx(() -> {
                s.context().theme().choiceProperty().set(Choice.DARK);
                return null;
            });
            shoot(s, out.resolve("factors-dark.png"), "erin", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            shoot(s, out.resolve("empty-state-dark.png"), "dave", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            lookUp(s, out.resolve("lookup-dark.png"), "carol@example.com", "INC-4711");
            coverage(s, out);
            System.out.println("screenshots written to " + out.toAbsolutePath());
        } finally {
            fx(() -> {
                s.stage().hide();
                return null;
            });
            Platform.exit();
        }
    }

    /** The window's language through its View menu, as a person switches it. */
    private static void language(AppSession s, String tag) throws Exception {
        fx(() -> {
            ((MenuBar) s.stage().getScene().lookup("#menuBar")).getMenus().stream()
                    .flatMap(m -> m.getItems().stream()).filter(i -> i instanceof Menu)
                    .flatMap(m -> ((Menu) m).getItems().stream())
                    .filter(i -> (tag.equals("en") ? "language.en" : "language.zh").equals(i.getId()))
                    .findFirst().orElseThrow().fire();
            return null;
        });
    }

    /** The look-up tab with what {@code typed} finds: one user's card, or the pick list when several match. */
    private static void lookUp(AppSession s, Path file, String typed, String ticket) throws Exception {
        fx(() -> {
            tab(s, 1);
            s.context().lookup().ticketProperty().set(ticket);
            s.context().lookup().queryProperty().set(typed);
            if (typed.contains("@")) {
                s.context().lookup().lookUp();
            } else {
                s.context().lookup().search();
            }
            return null;
        });
        until(() -> !s.context().lookup().runningProperty().get() && s.context().lookup().resultProperty().get() != null);
        // One user's card: its activity timeline loads after it.
        until(() -> s.context().lookup().resultProperty().get().user() == null
                || s.context().lookup().caseView().timelineProperty().get() != null && !s.context().lookup().caseView().loadingProperty().get());
        write(s, file);
        fx(() -> tab(s, 0));
    }

    /** One user's card scrolled down to verifying the caller and the activity timeline. */
    private static void activity(AppSession s, Path file, String typed) throws Exception {
        fx(() -> tab(s, 1));
        fx(() -> {
            s.context().lookup().queryProperty().set(typed);
            s.context().lookup().lookUp();
            return null;
        });
        until(() -> !s.context().lookup().runningProperty().get() && s.context().lookup().resultProperty().get() != null);
        until(() -> s.context().lookup().caseView().timelineProperty().get() != null && !s.context().lookup().caseView().loadingProperty().get());
        Thread.sleep(300);
        fx(() -> {
            ((ScrollPane) s.stage().getScene().lookup(".lookup-card-scroll")).setVvalue(1);
            return null;
        });
        write(s, file);
        fx(() -> tab(s, 0));
    }

    /** The lookup log tab, with the look-ups made so far. */
    private static void log(AppSession s, Path file) throws Exception {
        fx(() -> tab(s, 2));
        until(() -> !s.context().lookupLog().entries().isEmpty() && !s.context().lookupLog().busyProperty().get());
        write(s, file);
        fx(() -> tab(s, 0));
    }

    /**
     * The coverage tab on a demo tenant of synthetic users: the scan under way, then its report
     * in the dark theme, the light one and in Chinese. It selects a profile of its own: shoot last.
     */
    private static void coverage(AppSession s, Path out) throws Exception {
        DemoTenant tenant = DemoTenant.start(DemoOptions.defaults(), DemoScale.none().withUsers(2400));
        try {
            fx(() -> {
                ProfileViewModel p = s.context().profiles();
                p.create("Coverage");
                p.management().hostProperty().set(tenant.baseUrl());
                p.management().userPoolIdProperty().set(tenant.userPoolId());
                p.management().poolSecretProperty().set(tenant.userPoolSecret().reveal());
                tab(s, 3);
                s.context().coverage().rateProperty().set(150);
                return null;
            });
            until(() -> s.context().coverage().canStartProperty().get());
            fx(() -> {
                s.context().coverage().start();
                return null;
            });
            until(() -> s.context().coverage().progressProperty().get() != null
                    && s.context().coverage().progressProperty().get().done() >= 600);
            write(s, out.resolve("coverage-scanning-dark.png"));
            until(() -> s.context().coverage().stateProperty().get() == CoverageViewModel.State.IDLE
                    && s.context().coverage().summaryProperty().get() != null
                    && s.context().coverage().matchingProperty().get() > 0);
            write(s, out.resolve("coverage-dark.png"));
            fx(() -> {
                s.context().theme().choiceProperty().set(Choice.LIGHT);
                return null;
            });
            write(s, out.resolve("coverage-light.png"));
            language(s, "zh-CN");
            write(s, out.resolve("coverage-zh.png"));
            language(s, "en");
        } finally {
            tenant.close();
        }
    }

    /**
     * Bob's card scrolled to its Actions section (the demo profile allowing actions for the run, the
     * caller confirmed by a call-back, Suspend chosen with a reason), and the confirmation that
     * Review opens, with his username typed. The confirmation is then closed without sending.
     */
    private static void actions(AppSession s, Path card, Path confirmation) throws Exception {
        fx(() -> {
            s.context().profiles().management().allowsActionsProperty().set(true);
            tab(s, 1);
            s.context().lookup().ticketProperty().set("INC-4711");
            s.context().lookup().queryProperty().set("bob@example.com");
            s.context().lookup().lookUp();
            return null;
        });
        until(() -> !s.context().lookup().runningProperty().get() && s.context().lookup().resultProperty().get() != null
                && s.context().lookup().caseView().timelineProperty().get() != null
                && !s.context().lookup().caseView().loadingProperty().get());
        fx(() -> {
            s.context().lookup().caseView().recordManual(List.of("callback"), true);
            ActionsViewModel a = s.context().lookup().caseView().actions();
            a.actionProperty().set(HelpdeskAction.SUSPEND);
            a.reasonProperty().set(s.context().i18n().locale().getLanguage().equals("zh")
                    ? "密码可能已被他人知晓" : "Password may be known to someone else");
            Node section = s.stage().getScene().lookup("#actionPrepare");
            ScrollPane scroll = (ScrollPane) s.stage().getScene().lookup(".lookup-card-scroll");
            scroll.layout();
            Bounds inContent = scroll.getContent().sceneToLocal(section.localToScene(section.getBoundsInLocal()));
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, (inContent.getMaxY() + 40 - scroll.getViewportBounds().getHeight()) / room));
            return null;
        });
        write(s, card);
        fx(() -> {
            ((Button) s.stage().getScene().lookup("#actionPrepare")).fire();
            return null;
        });
        until(() -> confirmationWindow() != null);
        fx(() -> {
            ((TextField) confirmationWindow().getScene().lookup("#actionConfirmText")).setText("bob");
            return null;
        });
        Thread.sleep(400);
        fx(() -> {
            Scene scene = confirmationWindow().getScene();
            WritableImage image = scene.snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            PngWriter.write(confirmation, w, h, argb);
            ((Button) scene.lookup("#actionConfirmClose")).fire();
            return null;
        });
        System.out.println(confirmation);
        until(() -> confirmationWindow() == null);
        fx(() -> {
            s.context().profiles().management().allowsActionsProperty().set(false);
            return tab(s, 0);
        });
    }

    /** The open confirmation of a helpdesk action, or null. */
    private static Window confirmationWindow() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#actionConfirmText") != null).findFirst().orElse(null);
    }

    private static Void tab(AppSession s, int index) {
        ((TabPane) s.stage().getScene().lookup("#modeTabs")).getSelectionModel().select(index);
        return null;
    }

    private static void write(AppSession s, Path file) throws Exception {
        Thread.sleep(400); // a few pulses to lay out and paint the new state
        fx(() -> {
            SelfTest.writeSnapshot(s, file);
            return null;
        });
        System.out.println(file);
    }

    /** Signs out, signs in as {@code user} through the Sign in button, waits for {@code expected}, writes the PNG. */
    private static void shoot(AppSession s, Path file, String user, String password, State expected) throws Exception {
        fx(() -> {
            s.context().signIn().signOut();
            s.context().signIn().accountProperty().set(user);
            s.context().signIn().passwordProperty().set(password);
            ((Button) s.stage().getScene().lookup("#signInButton")).fire();
            return null;
        });
        until(() -> s.context().signIn().stateProperty().get() == expected);
        write(s, file);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!fx(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the window did not reach the expected state within 30 s");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
