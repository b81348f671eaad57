package mfainspector.ui.lookup;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mfainspector.lookup.ManagedUser;
import mfainspector.ui.I18n;

/** The pick list when several users match: enough columns to tell them apart; double-click, Enter or Show MFA opens one. */
final class MatchList {

    private MatchList() {
    }

    /** "Carol Nguyen (carol)": one column for both, so that the list fits a narrow window. */
    static String nameAndUsername(ManagedUser u) {
        String name = u.displayName();
        return u.username().isEmpty() || u.username().equals(name) ? name : name + " (" + u.username() + ")";
    }

    static Node create(LookupViewModel vm, I18n i18n) {
        TableView<ManagedUser> table = new TableView<>(vm.matches());
        table.setId("matchTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                Controls.column(i18n, "lookup.column.name", 180, MatchList::nameAndUsername),
                Controls.column(i18n, "lookup.column.email", 150, ManagedUser::maskedEmail),
                Controls.column(i18n, "lookup.column.phone", 130, ManagedUser::maskedPhone),
                Controls.column(i18n, "lookup.column.status", 95, u -> StatusText.of(i18n, u.status()))));
        table.setRowFactory(t -> {
            TableRow<ManagedUser> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.pick(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.pick(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label title = new Label();
        title.setId("matchTitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("lookup.matches.title", vm.matches().size()),
                vm.matches(), i18n.localeProperty()));
        title.getStyleClass().add("factors-section-title");
        Button show = new Button();
        show.setId("showMatchButton");
        show.setMnemonicParsing(true);
        show.textProperty().bind(i18n.text("lookup.matches.show"));
        show.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.runningProperty()));
        show.setOnAction(e -> vm.pick(table.getSelectionModel().getSelectedItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, show);
        bar.getStyleClass().add("factors-toolbar");
        VBox box = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("lookup-matches");
        return box;
    }
}
