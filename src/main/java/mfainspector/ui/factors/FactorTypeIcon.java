package mfainspector.ui.factors;

import java.util.Locale;
import javafx.scene.shape.SVGPath;
import mfainspector.factor.FactorType;

/**
 * The one place that maps a factor type to its glyph. Glyphs are outline paths on a 20 x 20
 * grid, stroked (not filled) and coloured by the style classes in factors.css, so they follow the
 * light and dark themes. Any type the app does not know gets the neutral shield.
 */
public enum FactorTypeIcon {

    /** A speech bubble with three dots. */
    SMS("M4 3.5H16A2 2 0 0 1 18 5.5V12.5A2 2 0 0 1 16 14.5H9L5 17.5V14.5H4A2 2 0 0 1 2 12.5V5.5A2 2 0 0 1 4 3.5Z"
            + "M6.5 9H6.51M10 9H10.01M13.5 9H13.51"),
    /** An envelope with its flap. */
    EMAIL("M3.5 4.5H16.5A1.5 1.5 0 0 1 18 6V14A1.5 1.5 0 0 1 16.5 15.5H3.5A1.5 1.5 0 0 1 2 14V6A1.5 1.5 0 0 1 3.5 4.5Z"
            + "M2.5 5.5L10 11L17.5 5.5"),
    /** A phone with a clock: a time-based code from an app. */
    OTP("M11.5 6.8V3.5A1.5 1.5 0 0 0 10 2H5A1.5 1.5 0 0 0 3.5 3.5V16.5A1.5 1.5 0 0 0 5 18H8.8M6.5 4.8H8.5"
            + "M19 12.8A4.5 4.5 0 1 1 10 12.8A4.5 4.5 0 1 1 19 12.8ZM14.5 10.4V12.8L16.2 13.9"),
    /** Face-scan corners around a face. */
    FACE("M2 6.5V4A2 2 0 0 1 4 2H6.5M13.5 2H16A2 2 0 0 1 18 4V6.5M18 13.5V16A2 2 0 0 1 16 18H13.5"
            + "M6.5 18H4A2 2 0 0 1 2 16V13.5M7 7.5V8.8M13 7.5V8.8M10 7.5V11H9.2M7 13.2Q10 15.6 13 13.2"),
    /** A shield with a question mark: some factor type the app does not know. */
    OTHER("M10 2L17 4.8V9.5C17 13.8 14 16.8 10 18C6 16.8 3 13.8 3 9.5V4.8Z"
            + "M8 7.8A2 2 0 1 1 10.9 9.6C10.3 9.9 10 10.4 10 11.1M10 13.7H10.01");

    /** Every glyph node carries this class; each kind adds its own for the colour. */
    public static final String BASE_STYLE_CLASS = "factor-icon";

    private final String pathData;

    FactorTypeIcon(String pathData) {
        this.pathData = pathData;
    }

    public static FactorTypeIcon of(FactorType type) {
        return type == null ? OTHER : valueOf(type.kind().name());
    }

    /** The SVG path data (20 x 20 grid, meant to be stroked). */
    public String pathData() {
        return pathData;
    }

    /** "factor-icon-sms", "factor-icon-other", ... */
    public String styleClass() {
        return BASE_STYLE_CLASS + "-" + name().toLowerCase(Locale.ROOT);
    }

    /** A new glyph node for this icon. */
    public SVGPath newNode() {
        SVGPath node = new SVGPath();
        applyTo(node);
        return node;
    }

    /** Turns an existing glyph node into this icon, so a table cell can keep one node for its life. */
    public void applyTo(SVGPath node) {
        node.setContent(pathData);
        node.getStyleClass().removeIf(c -> c.startsWith(BASE_STYLE_CLASS + "-"));
        if (!node.getStyleClass().contains(BASE_STYLE_CLASS)) {
            node.getStyleClass().add(BASE_STYLE_CLASS);
        }
        node.getStyleClass().add(styleClass());
    }
}
