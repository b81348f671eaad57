module mfainspector {
    requires javafx.controls;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;
    requires jdk.httpserver;
    requires java.prefs;
    requires atlantafx.base;
    // Windows Credential Manager (settings.windows). Static: only the Windows image links JNA;
    // elsewhere the module is absent and the store is never loaded.
    requires static com.sun.jna;

    // The toolkit constructs the Application class reflectively.
    exports mfainspector.ui to javafx.graphics;
    // JNA reads and writes the CREDENTIALW structure and implements the Advapi32 binding reflectively.
    opens mfainspector.settings.windows to com.sun.jna;
}
