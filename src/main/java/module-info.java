module mfainspector {
    requires javafx.controls;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;
    requires jdk.httpserver;
    requires java.prefs;
    requires atlantafx.base;

    // The toolkit constructs the Application class reflectively.
    exports mfainspector.ui to javafx.graphics;
}
