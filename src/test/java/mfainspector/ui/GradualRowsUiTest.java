package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table fed through {@link GradualRows} takes a long list's first screen of rows a few per pulse
 * (each step laid out before the next), then the whole list; later changes, and tables not in a
 * window, get the list at once.
 */
@ExtendWith(ApplicationExtension.class)
class GradualRowsUiTest {

    /** 10 rows of 20 px fit the table's 200 px (no header height counted: it only makes fewer visible). */
    private static final double CELL = 20;
    private static final double HEIGHT = 200;

    private TableView<String> table;
    private final ObservableList<String> source = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<String, String> c = new TableColumn<>("Row");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        table.getColumns().add(c);
        table.setFixedCellSize(CELL);
        stage.setScene(new Scene(new StackPane(table), 300, HEIGHT));
        stage.show();
    }

    @Test
    void aLongListComesInAFewRowsAPulseUntilTheVisibleRowsAreThereThenWhole(FxRobot robot) throws Exception {
        GradualRows<String> rows = onFx(() -> GradualRows.fill(table, source, 3));
        // The sizes the table's list goes through, one entry per layout of the table.
        List<Integer> seen = new ArrayList<>();
        onFx(() -> {
            table.getScene().addPostLayoutPulseListener(() -> {
                int n = table.getItems().size();
                if (seen.isEmpty() || seen.get(seen.size() - 1) != n) {
                    seen.add(n);
                }
            });
            source.setAll(IntStream.range(0, 500).mapToObj(i -> "user " + i).toList());
            return null;
        });
        // Read on the JavaFX thread, which records the sizes: once the whole list has been laid out.
        await(() -> !seen.isEmpty() && seen.get(seen.size() - 1) == 500);
        // At most 12 rows fill 200 px of 20 px rows (plus one cut at the bottom): 3, 6, 9, 12, then all.
        assertThat(onFx(() -> List.copyOf(seen))).containsExactly(3, 6, 9, 12, 500);
        assertThat(onFx(rows::complete)).isTrue();
        assertThat(onFx(() -> new ArrayList<>(table.getItems()))).isEqualTo(source);
    }

    @Test
    void onceTheRowsAreBuiltAChangedListIsShownAtOnce(FxRobot robot) throws Exception {
        onFx(() -> GradualRows.fill(table, source, 3));
        onFx(() -> source.setAll(IntStream.range(0, 500).mapToObj(i -> "user " + i).toList()));
        await(() -> table.getItems().size() == 500);
        // A filter: fewer rows, then many again. The table's cells exist for them: no steps.
        onFx(() -> source.setAll(List.of("only one")));
        assertThat(onFx(() -> List.copyOf(table.getItems()))).containsExactly("only one");
        onFx(() -> source.setAll(IntStream.range(0, 400).mapToObj(i -> "again " + i).toList()));
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(400);
    }

    @Test
    void aTableNotInAWindowGetsTheWholeListAtOnce() throws Exception {
        TableView<String> loose = onFx(TableView::new);
        ObservableList<String> list = FXCollections.observableArrayList();
        onFx(() -> GradualRows.fill(loose, list, 2));
        onFx(() -> list.setAll(IntStream.range(0, 100).mapToObj(i -> "user " + i).toList()));
        assertThat(onFx(() -> loose.getItems().size())).isEqualTo(100);
    }

    @Test
    void aShortListIsShownAtOnce() throws Exception {
        onFx(() -> GradualRows.fill(table, source, 3));
        onFx(() -> source.setAll("a", "b"));
        assertThat(onFx(() -> List.copyOf(table.getItems()))).containsExactly("a", "b");
    }

    @Test
    void aNewListDuringAFillReplacesItAndTheFillGoesOnWithTheNewRows() throws Exception {
        onFx(() -> GradualRows.fill(table, source, 2));
        onFx(() -> {
            source.setAll(IntStream.range(0, 300).mapToObj(i -> "old " + i).toList());
            source.setAll(IntStream.range(0, 200).mapToObj(i -> "new " + i).toList());
            return null;
        });
        await(() -> table.getItems().size() == 200);
        assertThat(onFx(() -> List.copyOf(table.getItems()))).allMatch(s -> s.startsWith("new "));
    }

    @Test
    void rowsPerPulseMustBePositive() throws Exception {
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                GradualRows.fill(new TableView<String>(), FXCollections.observableArrayList(), 0);
                thrown.complete(null);
            } catch (IllegalArgumentException e) {
                thrown.complete(e);
            }
        });
        assertThat(thrown.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
