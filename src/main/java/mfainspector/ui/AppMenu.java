package mfainspector.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** File (profiles, quit), View (refresh, theme, language) and Help (about). */
public final class AppMenu {

    /** What the menu items do; the window supplies them. */
    public interface Actions {
        void newProfile();

        void renameProfile();

        void deleteProfile();

        void quit();

        void refresh();

        void about();
    }

    /** The languages offered; the value is what the settings keep. */
    public enum Language {
        SYSTEM(""), EN("en"), ZH("zh-CN");

        public final String saved;

        Language(String saved) {
            this.saved = saved;
        }

        public static Language parse(String saved) {
            for (Language l : values()) {
                if (l.saved.equals(saved)) {
                    return l;
                }
            }
            return SYSTEM;
        }
    }

    private final I18n i18n;
    private final MenuBar bar = new MenuBar();

    public AppMenu(I18n i18n, Actions actions, ObservableBooleanValue profileIsOwn, ObservableBooleanValue canRefresh,
                   ObjectProperty<ThemeSwitcher.Choice> theme, ObjectProperty<Language> language) {
        this.i18n = i18n;
        MenuItem rename = onlyWhen(profileIsOwn, item("menu.file.rename", actions::renameProfile));
        MenuItem delete = onlyWhen(profileIsOwn, item("menu.file.delete", actions::deleteProfile));
        MenuItem quit = item("menu.file.quit", actions::quit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = menu("menu.file", item("menu.file.new", actions::newProfile), rename, delete, new SeparatorMenuItem(), quit);

        MenuItem refresh = item("menu.view.refresh", actions::refresh);
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        onlyWhen(canRefresh, refresh);
        Menu themes = menu("menu.view.theme");
        radios(themes, theme, ThemeSwitcher.Choice.values(), "theme.");
        Menu languages = menu("menu.view.language");
        radios(languages, language, Language.values(), "language.");
        Menu view = menu("menu.view", refresh, new SeparatorMenuItem(), themes, languages);

        Menu help = menu("menu.help", item("menu.help.about", actions::about));
        bar.getMenus().addAll(file, view, help);
        bar.setId("menuBar");
    }

    /**
     * The item is in its menu only while it can run. JavaFX's menus move the keyboard onto a
     * disabled item as onto any other (Alt+F, then Down, landed on a greyed-out Rename), so an
     * item that cannot run now is left out instead of greyed out; its accelerator stays inert.
     */
    private static MenuItem onlyWhen(ObservableBooleanValue enabled, MenuItem item) {
        item.visibleProperty().bind(Bindings.createBooleanBinding(enabled::get, enabled));
        item.disableProperty().bind(item.visibleProperty().not());
        return item;
    }

    /** Whether one of the menus is open (its popup has the keyboard). */
    public boolean anyShowing() {
        return bar.getMenus().stream().anyMatch(Menu::isShowing);
    }

    private <E extends Enum<E>> void radios(Menu menu, ObjectProperty<E> value, E[] choices, String keyPrefix) {
        ToggleGroup group = new ToggleGroup();
        for (E c : choices) {
            String suffix = c.name().toLowerCase(Locale.ROOT);
            RadioMenuItem r = new RadioMenuItem();
            r.textProperty().bind(i18n.text(keyPrefix + suffix));
            r.setId(keyPrefix + suffix);
            r.setToggleGroup(group);
            r.setSelected(value.get() == c);
            r.setOnAction(e -> value.set(c));
            value.addListener((obs, old, now) -> r.setSelected(now == c));
            menu.getItems().add(r);
        }
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(i18n.text(key));
        m.setId(key);
        m.setOnAction(e -> action.run());
        return m;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.text(key));
        m.setId(key);
        m.getItems().addAll(items);
        return m;
    }

    public MenuBar bar() {
        return bar;
    }
}
