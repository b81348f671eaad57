package mfainspector;

import java.nio.file.Path;
import mfainspector.ui.InspectorApp;
import mfainspector.ui.SelfTest;

/** Starts the window, or the self-test that drives it; kept apart so that commands never load it. */
final class Gui {

    private Gui() {
    }

    static void start(String[] args) {
        if (args.length == 0) {
            InspectorApp.run(args);
            return;
        }
        Path screenshot = null;
        if (args.length == 3 && args[1].equals("--screenshot")) {
            screenshot = Path.of(args[2]);
        } else if (args.length != 1) {
            System.err.println("error: usage: mfa-inspector --self-test [--screenshot FILE]");
            System.exit(2);
        }
        System.exit(SelfTest.run(screenshot));
    }
}
