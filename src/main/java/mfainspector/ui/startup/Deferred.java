package mfainspector.ui.startup;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import mfainspector.ui.FormRows;

/**
 * A place in the window for controls that are not shown at first: they are built on first need,
 * the first time the place is shown or when {@link #build()} is called. Until then the place is
 * empty, so those controls cost the window's start-up no building, styling or layout (styling
 * every control of the window was the largest part of its start-up).
 */
public final class Deferred {

    private final StackPane place = new StackPane();
    private Supplier<? extends Node> content;

    private Deferred(Supplier<? extends Node> content) {
        this.content = Objects.requireNonNull(content, "content");
    }

    /** A place shown while {@code shown} is true, its content built when it first is. */
    public static Deferred showWhen(ObservableBooleanValue shown, Supplier<? extends Node> content) {
        Deferred d = new Deferred(content);
        FormRows.showWhen(shown, d.place);
        d.place.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                d.build();
            }
        });
        if (d.place.isVisible()) {
            d.build();
        }
        return d;
    }

    /** Builds the content now if it has not been built yet; on the JavaFX thread. */
    public void build() {
        if (content != null) {
            Supplier<? extends Node> c = content;
            content = null;
            place.getChildren().add(c.get());
        }
    }

    public boolean isBuilt() {
        return content == null;
    }

    /** The place to put in the layout. */
    public StackPane node() {
        return place;
    }
}
