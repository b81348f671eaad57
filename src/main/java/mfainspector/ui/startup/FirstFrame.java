package mfainspector.ui.startup;

import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * What the main window shows in its first frame, while its controls are being built: the
 * window's outline (menu bar, the side column, the status bar) in the theme's colours.
 *
 * <p>It is made of plain regions with colours set in code, no controls and no stylesheet, so it
 * costs the first frame next to nothing: building the controls and styling them took about a
 * second on two cores, and without this the window appeared only after that second. The colours
 * are the AtlantaFX Primer theme's {@code -color-bg-default} and {@code -color-bg-subtle}, so the
 * frame does not flash when the real content replaces it a moment later.
 */
public final class FirstFrame {

    /** Primer light and dark: default background (bars, results), subtle background (side column), border. */
    private static final Color[] LIGHT = {Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#d0d7de")};
    private static final Color[] DARK = {Color.web("#0d1117"), Color.web("#161b22"), Color.web("#30363d")};

    private FirstFrame() {
    }

    /** The outline in the light or dark theme's colours, its side column {@code sideWidth} wide as the window's will be. */
    public static Parent outline(boolean dark, double sideWidth) {
        Color[] c = dark ? DARK : LIGHT;
        BorderPane root = new BorderPane();
        root.setId("firstFrame");
        root.setBackground(Background.fill(c[0]));
        root.setTop(bar(c[0], 28, c[2], new BorderWidths(0, 0, 1, 0)));
        Region side = new Region();
        side.setBackground(Background.fill(c[1]));
        side.setPrefWidth(sideWidth);
        root.setLeft(side);
        root.setBottom(bar(c[0], 26, c[2], new BorderWidths(1, 0, 0, 0)));
        return root;
    }

    /** A bar with a hairline towards the content ({@code edge} says on which side), as the real window has. */
    private static Region bar(Color fill, double height, Color line, BorderWidths edge) {
        Region bar = new Region();
        bar.setBackground(Background.fill(fill));
        bar.setPrefHeight(height);
        bar.setMinHeight(height);
        bar.setBorder(new Border(new BorderStroke(line, BorderStrokeStyle.SOLID, null, edge)));
        return bar;
    }
}
