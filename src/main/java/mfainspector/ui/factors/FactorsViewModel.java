package mfainspector.ui.factors;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mfainspector.factor.FactorType;
import mfainspector.text.TimeText;
import mfainspector.ui.I18n;

/**
 * State of the results pane: who is signed in, the factor rows, what is left to enroll, and the
 * reveal switch. Holds no control, so it is tested without a toolkit.
 */
public final class FactorsViewModel {

    private final I18n i18n;
    private final ZoneId zone;
    private final ObservableList<FactorRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FactorType> toEnroll = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FactorsResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UserSummary> signedInUser = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> fetchedAt = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty reveal = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding actionsDisabled = loaded.not().or(busy);
    private final StringBinding fetchedAtText;
    private Runnable onRefresh = () -> { };
    private Runnable onSignOut = () -> { };

    public FactorsViewModel(I18n i18n) {
        this(i18n, ZoneId.systemDefault());
    }

    /** {@code zone} decides the local time shown next to the ISO time. */
    public FactorsViewModel(I18n i18n, ZoneId zone) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.fetchedAtText = Bindings.createStringBinding(() -> fetchedAt.get() == null ? ""
                        : i18n.get("factors.fetchedAt", TimeText.clock(fetchedAt.get(), zone)),
                fetchedAt, i18n.localeProperty());
    }

    /** Shows a fresh result; details go back to masked, since it may be another user. */
    public void show(FactorsResult r) {
        Objects.requireNonNull(r, "result");
        reveal.set(false);
        rows.setAll(r.enrolled().stream().map(f -> new FactorRow(f, i18n, reveal)).toList());
        toEnroll.setAll(r.toEnroll().stream().distinct()
                .filter(t -> r.enrolled().stream().noneMatch(f -> f.type().equals(t))).toList());
        result.set(r);
        signedInUser.set(r.user());
        fetchedAt.set(r.fetchedAt());
        empty.set(rows.isEmpty());
        loaded.set(true);
    }

    /** Back to the state before any sign-in (after sign-out). */
    public void clear() {
        reveal.set(false);
        rows.clear();
        toEnroll.clear();
        result.set(null);
        signedInUser.set(null);
        fetchedAt.set(null);
        empty.set(false);
        loaded.set(false);
    }

    /** The factor rows in the order the API sent them (the table sorts a view of this list). */
    public ObservableList<FactorRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Types the app allows that this user has not enrolled. */
    public ObservableList<FactorType> toEnroll() {
        return FXCollections.unmodifiableObservableList(toEnroll);
    }

    /** True once a result is shown; false before sign-in and after {@link #clear()}. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when a result is shown and the user has no factor enrolled. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserSummary> signedInUserProperty() {
        return signedInUser.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> fetchedAtProperty() {
        return fetchedAt.getReadOnlyProperty();
    }

    /** "Fetched at 14:03:22" in local time, or empty before any fetch. */
    public StringBinding fetchedAtTextProperty() {
        return fetchedAtText;
    }

    /** Details are masked while false (the default); the Reveal toggle binds to this. */
    public BooleanProperty revealProperty() {
        return reveal;
    }

    /**
     * Set by the window while a fetch looks busy (from a moment after it started until it ends), so
     * Refresh and Sign out wait for it; a Refresh pressed earlier is ignored by the sign-in model.
     */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True when Refresh and Sign out cannot run: nothing shown yet, or a fetch looks busy. */
    public BooleanBinding actionsDisabledProperty() {
        return actionsDisabled;
    }

    public void setOnRefresh(Runnable action) {
        onRefresh = Objects.requireNonNull(action, "action");
    }

    public void setOnSignOut(Runnable action) {
        onSignOut = Objects.requireNonNull(action, "action");
    }

    /** Asks the shell to fetch again; ignored while nothing is shown or a fetch runs. */
    public void refresh() {
        if (!actionsDisabled.get()) {
            onRefresh.run();
        }
    }

    public void signOut() {
        if (!actionsDisabled.get()) {
            onSignOut.run();
        }
    }

    /** The text for a support ticket, masked details only; empty before any result. */
    public String ticketSummary() {
        FactorsResult r = result.get();
        if (r == null) {
            return "";
        }
        return TicketSummary.format(i18n, zone, r.user(), r.enrolled(), List.copyOf(toEnroll), r.fetchedAt());
    }
}
