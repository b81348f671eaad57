package mfainspector.action;

/** An app a user is signed in to, as {@code get-user-loggedin-apps} names it. */
public record LoggedInApp(String appId, String appName) {

    public LoggedInApp {
        appId = appId == null ? "" : appId.strip();
        appName = appName == null ? "" : appName.strip();
    }

    /** The name to show: the app's name, else its id. */
    public String label() {
        return appName.isEmpty() ? appId : appName;
    }
}
