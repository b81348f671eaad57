package mfainspector.ui;

import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.lookup.LookupLogViewModel;
import mfainspector.ui.lookup.LookupViewModel;
import mfainspector.ui.report.CoverageViewModel;
import mfainspector.ui.signin.SignInViewModel;

/** The view models and services of one open main window. */
public record AppContext(I18n i18n, TaskRunner runner, SettingsKeeper settings, BannerModel banner, ProfileViewModel profiles,
                         SignInViewModel signIn, ThemeSwitcher theme, String demoPassword, String version,
                         LookupViewModel lookup, LookupLogViewModel lookupLog,
                         CoverageViewModel coverage) {
}
