/** The benchmark's reference point: the smallest JavaFX app that shows a window. */
module baseline {
    requires javafx.controls;

    exports baseline to javafx.graphics;
}
