package mfainspector.ui;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import mfainspector.genauth.GenAuthException;

/**
 * What the error banner shows: one message (re-worded when the language changes), the codes for
 * support, and an optional Retry. Toolkit-free, so view models and tests can drive it.
 */
public final class BannerModel {

    private final ErrorMessages messages;
    private final ObjectProperty<Supplier<String>> source = new SimpleObjectProperty<>();
    private final StringBinding message;
    private final ReadOnlyStringWrapper codes = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Runnable> retry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();

    public BannerModel(I18n i18n) {
        this.messages = new ErrorMessages(i18n);
        this.message = Bindings.createStringBinding(() -> source.get() == null ? "" : source.get().get(),
                source, i18n.localeProperty());
    }

    /** A failed call: its sentence and codes, and Retry when trying again may help. */
    public void showError(GenAuthException e, Runnable retryAction) {
        show(() -> messages.sentence(e), messages.codes(e), ErrorMessages.retryable(e) ? retryAction : null);
    }

    /** As {@link #showError(GenAuthException, Runnable)}, with the sentences of {@code context} where it has its own. */
    public void showError(GenAuthException e, Runnable retryAction, String context) {
        show(() -> messages.sentence(e, context), messages.codes(e), ErrorMessages.retryable(e) ? retryAction : null);
    }

    /** A problem of our own (settings, demo tenant), already worded. */
    public void showMessage(Supplier<String> text) {
        show(text, "", null);
    }

    public void clear() {
        visible.set(false);
        source.set(null);
        codes.set("");
        retry.set(null);
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

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }
}
