package mfainspector.settings;

/** Where the main window was, so the next start opens it in the same place. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Whether these bounds can be applied: finite numbers and a positive size. */
    public boolean usable() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
    }
}
