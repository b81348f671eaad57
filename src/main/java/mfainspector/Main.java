package mfainspector;

import mfainspector.cli.Cli;

/**
 * The plain launcher. It is not a JavaFX {@code Application}, so the headless commands never
 * start the toolkit and need no display; the window classes load only when the GUI is asked for.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        Gui.start(args);
    }
}
