package mfainspector.ui.factors;

import javafx.scene.shape.SVGPath;

/** Outline glyphs of the results pane other than factor types (20 x 20 grid, stroked via factors.css). */
enum Glyph {

    /** Head and shoulders: no user signed in yet. */
    PERSON("M13.5 6.5A3.5 3.5 0 1 1 6.5 6.5A3.5 3.5 0 1 1 13.5 6.5ZM3.5 18C3.5 14.4 6.4 12 10 12C13.6 12 16.5 14.4 16.5 18"),
    /** A shield with an exclamation mark: password only, no second factor. */
    NO_FACTOR("M10 2L17 4.8V9.5C17 13.8 14 16.8 10 18C6 16.8 3 13.8 3 9.5V4.8ZM10 6.5V10.5M10 13.4H10.01"),
    REFRESH("M16 10A6 6 0 1 1 13.5 5.1M13.1 2.7L13.5 5.1L11.1 5.5"),
    EYE("M1.8 10C3.8 6.3 6.7 4.5 10 4.5C13.3 4.5 16.2 6.3 18.2 10C16.2 13.7 13.3 15.5 10 15.5C6.7 15.5 3.8 13.7 1.8 10Z"
            + "M12.5 10A2.5 2.5 0 1 1 7.5 10A2.5 2.5 0 1 1 12.5 10Z"),
    SIGN_OUT("M8 3H4.5A1.5 1.5 0 0 0 3 4.5V15.5A1.5 1.5 0 0 0 4.5 17H8M8.5 10H17.5M14.5 7L17.5 10L14.5 13"),
    COPY("M8.5 7H15.5A1.5 1.5 0 0 1 17 8.5V16.5A1.5 1.5 0 0 1 15.5 18H8.5A1.5 1.5 0 0 1 7 16.5V8.5A1.5 1.5 0 0 1 8.5 7Z"
            + "M13 7V4A2 2 0 0 0 11 2H5A2 2 0 0 0 3 4V10A2 2 0 0 0 5 12H7");

    private final String pathData;

    Glyph(String pathData) {
        this.pathData = pathData;
    }

    /** A new node; decorative, so the control it sits in carries the accessible text. */
    SVGPath node(String... styleClasses) {
        SVGPath node = new SVGPath();
        node.setContent(pathData);
        node.getStyleClass().add("glyph");
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
