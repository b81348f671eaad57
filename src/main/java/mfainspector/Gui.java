package mfainspector;

import java.nio.file.Path;
import java.time.Duration;
import mfainspector.ui.InspectorApp;
import mfainspector.ui.startup.RendererChoice;
import mfainspector.ui.startup.SelfTest;

/** Starts the window, or the self-test that drives it; kept apart so that commands never load it. */
final class Gui {

    private Gui() {
    }

    static void start(String[] args) {
        RendererChoice.apply();
        if (args.length == 0) {
            InspectorApp.run(args);
            return;
        }
        Path screenshot = null;
        boolean benchmark = false;
        Duration delay = Duration.ZERO;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--screenshot" -> screenshot = Path.of(args[++i]);
                    case "--benchmark" -> benchmark = true;
                    case "--slow-server-ms" -> delay = Duration.ofMillis(Integer.parseUnsignedInt(args[++i]));
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("error: usage: mfa-inspector --self-test [--screenshot FILE] [--benchmark] [--slow-server-ms N]");
            System.exit(2);
        }
        System.exit(SelfTest.run(new SelfTest.Options(screenshot, benchmark, delay)));
    }
}
