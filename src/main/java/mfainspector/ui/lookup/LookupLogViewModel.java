package mfainspector.ui.lookup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.text.TimeText;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;

/**
 * The lookup log as a list: read in the background, filtered by a date range (days in the local
 * time zone) and part of a ticket number, exported as CSV in the background.
 */
public final class LookupLogViewModel {

    private final I18n i18n;
    private final TaskRunner runner;
    private final LookupLog log;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty ticket = new SimpleStringProperty("");
    private final ObservableList<LookupLogEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** The status line's text, worded on demand so it follows the language. */
    private final ObjectProperty<Supplier<String>> status = new SimpleObjectProperty<>(() -> "");
    private final StringBinding statusText;
    private long reading;

    public LookupLogViewModel(I18n i18n, TaskRunner runner, LookupLog log, ZoneId zone) {
        this.i18n = i18n;
        this.runner = runner;
        this.log = log;
        this.zone = zone;
        this.statusText = Bindings.createStringBinding(() -> status.get().get(), status, i18n.localeProperty());
        from.addListener((obs, old, now) -> reload());
        to.addListener((obs, old, now) -> reload());
        ticket.addListener((obs, old, now) -> reload());
    }

    /** Reads the log with the current filters; a newer read wins over one still running. */
    public void reload() {
        long mine = ++reading;
        LocalDate f = from.get();
        LocalDate t = to.get();
        String filter = ticket.get();
        busy.set(true);
        runner.run(() -> log.read(f, t, filter), r -> {
            if (mine == reading) {
                busy.set(false);
                entries.setAll(r.entries());
                int n = r.entries().size();
                int skipped = r.skippedLines();
                status.set(() -> i18n.get("log.count", n) + (skipped == 0 ? "" : " " + i18n.get("log.skipped", skipped)));
            }
        }, e -> {
            if (mine == reading) {
                busy.set(false);
                entries.clear();
                String why = String.valueOf(e.getMessage());
                status.set(() -> i18n.get("log.readFailed", log.file(), why));
            }
        });
    }

    /** Writes the listed entries to {@code file} as CSV, owner-only and whole or not at all. */
    public void exportCsv(Path file) {
        List<LookupLogEntry> shown = List.copyOf(entries);
        Path where = file.toAbsolutePath();
        busy.set(true);
        runner.run(() -> {
            LookupLog.exportCsv(shown, where);
            return shown.size();
        }, n -> {
            busy.set(false);
            status.set(() -> i18n.get("log.exported", n, where));
        }, e -> {
            busy.set(false);
            String why = e instanceof IOException ? String.valueOf(e.getMessage()) : e.toString();
            status.set(() -> i18n.get("log.exportFailed", file, why));
        });
    }

    /** Drops the filters (all dates, all tickets). */
    public void clearFilters() {
        from.set(null);
        to.set(null);
        ticket.set("");
    }

    /** An entry's time in the local zone, {@code 2026-11-30 14:03:22} (the time column's header names the zone). */
    public String localTime(Instant time) {
        return TimeText.plain(time, zone);
    }

    /** An entry's time with the local zone and as stored, in UTC: {@code 2026-11-30 14:03:22 GMT+1 (2026-11-30T13:03:22Z)}. */
    public String zonedAndUtc(Instant time) {
        return TimeText.dateTime(time, zone) + " (" + TimeText.utc(time) + ")";
    }

    /** The local zone's short name now, for the time column's header. */
    public String zoneName() {
        return TimeText.zone(zone, Instant.now());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty ticketProperty() {
        return ticket;
    }

    public ObservableList<LookupLogEntry> entries() {
        return entries;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How many entries are listed, or how the last read or export went. */
    public StringBinding statusProperty() {
        return statusText;
    }

    public Path file() {
        return log.file();
    }
}
