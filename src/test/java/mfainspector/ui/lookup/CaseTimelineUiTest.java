package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import mfainspector.demo.DemoOptions;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.ActivityPeriod;
import mfainspector.lookup.Timeline;
import mfainspector.lookup.TimelineLoader;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The case view's timeline driven in the window on the demo tenant: Load older, Esc while loading, Copy request ID. */
class CaseTimelineUiTest extends AppUiTestBase {

    @BeforeEach
    void lookupTab() throws Exception {
        lookupTabOnTheDemo();
    }

    private static CaseViewModel caseView(AppSession session) {
        return session.context().lookup().caseView();
    }

    private void lookUp(AppSession session, String who) throws Exception {
        retype(find(session, "lookupQuery"), who);
        type(KeyCode.ENTER);
        await(() -> !session.context().lookup().runningProperty().get() && shown(find(session, "cardName")));
        await(() -> !caseView(session).loadingProperty().get() && caseView(session).timelineProperty().get() != null);
    }

    private static TableView<ActivityEvent> table(AppSession session) {
        return find(session, "caseTimeline");
    }

    @Test
    void loadOlderAppendsOlderRowsUntilTheBound() throws Exception {
        lookUp(app, "erin");
        ComboBox<ActivityPeriod> period = find(app, "casePeriod");
        clickOn(CaseViewUiTest.inView(period));
        clickOn("Last 30 days");
        await(() -> !caseView(app).loadingProperty().get() && caseView(app).timelineProperty().get().period()
                == ActivityPeriod.MONTH);
        TableView<ActivityEvent> table = table(app);
        Button older = find(app, "caseLoadOlder");
        assertThat(caseView(app).timelineProperty().get().pagesLoaded()).isEqualTo(1);

        for (int page = 2; page <= TimelineLoader.MAX_PAGES; page++) {
            List<ActivityEvent> before = List.copyOf(table.getItems());
            Instant oldest = before.stream().filter(e -> e.source() == ActivityEvent.Source.ACTION_LOG)
                    .map(ActivityEvent::time).min(Instant::compareTo).orElseThrow();
            assertThat(older.isDisabled()).as("page %d can be asked for", page).isFalse();
            clickOn(CaseViewUiTest.inView(older));
            int expected = page;
            await(() -> !caseView(app).loadingProperty().get()
                    && caseView(app).timelineProperty().get().pagesLoaded() == expected);
            List<ActivityEvent> after = List.copyOf(table.getItems());
            assertThat(after).as("page %d adds rows", page).hasSizeGreaterThan(before.size())
                    // a sign-in of the login history shows once its action-log entry has come
                    .containsAll(before.stream().filter(e -> e.source() == ActivityEvent.Source.ACTION_LOG).toList());
            assertThat(after.subList(0, 10)).as("the newest rows stay on top").isEqualTo(before.subList(0, 10));
            assertThat(after).filteredOn(e -> !before.contains(e)).as("the new rows are older")
                    .allMatch(e -> !e.time().isAfter(oldest));
        }

        Timeline t = caseView(app).timelineProperty().get();
        assertThat(t.hasOlder()).as("the bound is reached").isFalse();
        assertThat(older.isDisabled()).isTrue();
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo((TimelineLoader.MAX_PAGES - 1) * TimelineLoader.PAGE_SIZE);
        clickOn(older);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caseView(app).loadingProperty().get()).isFalse();
        assertThat(caseView(app).timelineProperty().get().pagesLoaded()).isEqualTo(TimelineLoader.MAX_PAGES);
        interact(() -> period.setValue(ActivityPeriod.WEEK));
    }

    @Test
    void copyRequestIdPutsExactlyTheRowsRequestIdOnTheClipboard() throws Exception {
        lookUp(app, "grace");
        TableView<ActivityEvent> table = table(app);
        Button copy = find(app, "caseCopyRequestId");
        interact(() -> {
            ClipboardContent empty = new ClipboardContent();
            empty.putString("before");
            Clipboard.getSystemClipboard().setContent(empty);
        });
        CaseViewUiTest.inView(table);
        assertThat(copy.isDisabled()).as("no row chosen yet").isTrue();

        List<TableRow<?>> rows = new ArrayList<>();
        for (Node n : lookup(".table-row-cell").queryAll()) {
            if (n instanceof TableRow<?> r && r.getTableView() == table && r.getItem() != null && shown(r)) {
                rows.add(r);
            }
        }
        assertThat(rows).hasSizeGreaterThan(2);
        TableRow<?> third = rows.get(2);
        ActivityEvent chosen = (ActivityEvent) third.getItem();
        assertThat(chosen.requestId()).isNotEmpty();
        clickOn(third);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(chosen);
        clickOn(CaseViewUiTest.inView(copy));

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(chosen.requestId());
        assertThat(table.getItems()).filteredOn(e -> e != chosen).extracting(ActivityEvent::requestId)
                .doesNotContain(copied);
    }

    @Test
    void escWhileTheTimelineLoadsStopsItAndSaysSoThenItLoadsAgain() throws Exception {
        AppSession slow = open(settingsDir.resolve("slow-timeline"),
                DemoOptions.defaults().withResponseDelay(Duration.ofMillis(1500)));
        try {
            await(() -> slow.context().profiles().demoStateProperty().get() == DemoState.READY);
            interact(() -> {
                TabPane tabs = find(slow, "modeTabs");
                tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "lookupTab".equals(t.getId()))
                        .findFirst().orElseThrow());
            });
            retype(find(slow, "lookupQuery"), "grace");
            type(KeyCode.ENTER);
            await(() -> caseView(slow).loadingProperty().get());
            assertThat(shown(find(slow, "caseStopped"))).isFalse();

            type(KeyCode.ESCAPE);

            await(() -> !caseView(slow).loadingProperty().get());
            assertThat(caseView(slow).stoppedProperty().get()).isTrue();
            assertThat(caseView(slow).timelineProperty().get()).isNull();
            Label stopped = find(slow, "caseStopped");
            assertThat(shown(stopped)).isTrue();
            assertThat(stopped.getText()).isEqualTo("Loading stopped.");
            assertThat(((Label) table(slow).getPlaceholder()).getText()).isEqualTo("Loading stopped.");
            assertThat(caseView(slow).userProperty().get().username()).as("the card stays").isEqualTo("grace");
            assertThat(slow.context().banner().visibleProperty().get()).as("no error banner").isFalse();
            Thread.sleep(3500); // the stopped calls would have answered by now
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(caseView(slow).timelineProperty().get()).as("nothing arrives after the stop").isNull();

            clickOn(CaseViewUiTest.inView((Button) find(slow, "caseLoadAgain")));
            await(() -> caseView(slow).timelineProperty().get() != null);
            assertThat(shown(find(slow, "caseStopped"))).isFalse();
            assertThat(table(slow).getItems()).isNotEmpty();
        } finally {
            closeAll(slow);
        }
    }
}
