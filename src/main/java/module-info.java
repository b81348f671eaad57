module mfainspector {
    requires javafx.controls;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;
    requires jdk.httpserver;
    requires java.prefs;
    requires atlantafx.base;
}
