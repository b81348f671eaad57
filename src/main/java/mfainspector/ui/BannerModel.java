package mfainspector.ui;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;

/**
 * What the error banner shows: one message (re-worded when the language changes), the codes for
 * support, and an optional Retry. A 429 with {@code Retry-After} counts down and retries once by
 * itself (the client already retried short waits, so this is the one retry the window adds); if
 * that is refused again, the banner says how long to wait and leaves Retry to the person.
 * Toolkit-free, so view models and tests can drive it.
 */
public final class BannerModel {

    private final I18n i18n;
    private final ErrorMessages messages;
    private final Countdown countdown;
    private final ObjectProperty<Supplier<String>> source = new SimpleObjectProperty<>();
    private final StringBinding message;
    private final ReadOnlyStringWrapper codes = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Runnable> retry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private Runnable stopCountdown = () -> { };
    private GenAuthException waiting;
    private boolean retriedByItself;

    /** A banner without the automatic retry after a 429. */
    public BannerModel(I18n i18n) {
        this(i18n, null);
    }

    public BannerModel(I18n i18n, Countdown countdown) {
        this.i18n = i18n;
        this.messages = new ErrorMessages(i18n);
        this.countdown = countdown;
        this.message = Bindings.createStringBinding(() -> source.get() == null ? "" : source.get().get(),
                source, i18n.localeProperty(), secondsLeft);
    }

    /** A failed call: its sentence and codes, and Retry when trying again may help. */
    public void showError(GenAuthException e, Runnable retryAction) {
        stop();
        Runnable again = ErrorMessages.retryable(e) ? retryAction : null;
        boolean countDown = countdown != null && again != null && !retriedByItself
                && e.category() == ErrorCategory.RATE_LIMITED && e.retryAfterSeconds().isPresent();
        retriedByItself = false;
        show(() -> messages.sentence(e), messages.codes(e), again);
        if (countDown) {
            waiting = e;
            source.set(() -> i18n.get("banner.retrying", secondsLeft.get()));
            stopCountdown = countdown.start(e.retryAfterSeconds().getAsInt(), secondsLeft::set, () -> {
                secondsLeft.set(0);
                waiting = null;
                retriedByItself = true;
                clear();
                again.run();
            });
        }
    }

    /** Stops the countdown; the banner keeps saying how long to wait, Retry stays offered. */
    public void cancelCountdown() {
        GenAuthException e = waiting;
        stop();
        if (e != null) {
            source.set(() -> messages.sentence(e));
        }
    }

    /** A call succeeded: the next 429 may count down and retry by itself again. */
    public void succeeded() {
        retriedByItself = false;
    }

    /** As {@link #showError(GenAuthException, Runnable)}, with the sentences of {@code context} where it has its own. */
    public void showError(GenAuthException e, Runnable retryAction, String context) {
        show(() -> messages.sentence(e, context), messages.codes(e), ErrorMessages.retryable(e) ? retryAction : null);
    }

    /** A problem of our own (settings, demo tenant), already worded. */
    public void showMessage(Supplier<String> text) {
        stop();
        show(text, "", null);
    }

    public void clear() {
        stop();
        visible.set(false);
        source.set(null);
        codes.set("");
        retry.set(null);
    }

    private void stop() {
        stopCountdown.run();
        stopCountdown = () -> { };
        waiting = null;
        secondsLeft.set(0);
    }

    private void show(Supplier<String> text, String codeLine, Runnable retryAction) {
        source.set(text);
        codes.set(codeLine);
        retry.set(retryAction);
        visible.set(true);
    }

    public StringBinding messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty codesProperty() {
        return codes.getReadOnlyProperty();
    }

    /** The action of the Retry button, or null when Retry is not offered. */
    public ReadOnlyObjectProperty<Runnable> retryProperty() {
        return retry.getReadOnlyProperty();
    }

    /** Seconds until the automatic retry; 0 when none is pending. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }
}
