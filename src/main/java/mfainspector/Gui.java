package mfainspector;

/** Placeholder until the window lands: the GUI entry point. */
final class Gui {
    private Gui() {
    }

    static void start(String[] args) {
        System.out.println("MFA Inspector " + Version.current());
    }
}
