package mfainspector;

import java.nio.file.Path;
import java.time.Duration;
import mfainspector.demo.DemoScale;
import mfainspector.report.ScanSettings;
import mfainspector.ui.InspectorApp;
import mfainspector.ui.startup.RendererChoice;
import mfainspector.ui.startup.ScanSelfTest;
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
        Integer scanUsers = null;
        int scanRate = ScanSelfTest.DEFAULT_RATE;
        ScanSelfTest.Options scan = null;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--screenshot" -> screenshot = Path.of(args[++i]);
                    case "--benchmark" -> benchmark = true;
                    case "--slow-server-ms" -> delay = Duration.ofMillis(Integer.parseUnsignedInt(args[++i]));
                    case "--coverage-scan" -> scanUsers = Integer.parseInt(args[++i]);
                    case "--rate" -> scanRate = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
            if (scanUsers != null) {
                scan = new ScanSelfTest.Options(scanUsers, scanRate);
            } else if (scanRate != ScanSelfTest.DEFAULT_RATE) {
                throw new IllegalArgumentException("--rate");
            }
        } catch (RuntimeException e) {
            System.err.println("error: usage: mfa-inspector --self-test [--screenshot FILE] [--benchmark] [--slow-server-ms N]\n"
                    + "       mfa-inspector --self-test --coverage-scan N [--rate R]   (N users 1 to " + DemoScale.MAX_USERS
                    + ", R 1 to " + ScanSettings.MAX_RATE + ", default " + ScanSelfTest.DEFAULT_RATE + ")");
            System.exit(2);
        }
        if (scan != null) {
            System.exit(ScanSelfTest.run(scan));
        }
        System.exit(SelfTest.run(new SelfTest.Options(screenshot, benchmark, delay)));
    }
}
