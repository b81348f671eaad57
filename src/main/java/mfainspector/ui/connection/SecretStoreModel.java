package mfainspector.ui.connection;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import mfainspector.settings.SecretStore;
import mfainspector.ui.I18n;

/**
 * Which secret store keeps the app secrets. Until the OS store has been probed, and wherever
 * there is none, secrets live for this session only; without an OS store the person may choose a
 * file readable only by their own account instead. That choice is kept in the plain settings, so
 * the next start uses the same store (and finds the secrets saved in the file) without asking
 * again. The window always says which store is in use.
 */
public final class SecretStoreModel {

    private final Supplier<SecretStore> sessionStore;
    private final Supplier<SecretStore> ownerOnlyFile;
    private final ReadOnlyObjectWrapper<SecretStore> store = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper fallbackChoice = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper probing = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper fileChosen = new ReadOnlyBooleanWrapper();
    private boolean lastChangeByPerson;
    private final StringBinding description;

    public SecretStoreModel(I18n i18n, Supplier<SecretStore> sessionStore, Supplier<SecretStore> ownerOnlyFile) {
        this.sessionStore = sessionStore;
        this.ownerOnlyFile = ownerOnlyFile;
        store.set(sessionStore.get());
        description = Bindings.createStringBinding(() -> probing.get() ? i18n.get("secretstore.probing")
                        : i18n.get("secretstore.in-use", name(i18n, store.get())),
                store, probing, i18n.localeProperty());
    }

    /** The result of probing the OS store: use it, or offer the fallback choice. */
    public void probed(Optional<SecretStore> osStore) {
        probing.set(false);
        if (osStore.isPresent()) {
            use(osStore.get(), false);
        } else if (fileChosen.get()) {
            use(ownerOnlyFile.get(), false);
        }
        fallbackChoice.set(osStore.isEmpty());
    }

    /** The choice saved by an earlier run, applied once the probe finds no OS store. */
    public void restoreChoice(boolean file) {
        fileChosen.set(file);
    }

    /** Where no OS store exists, the person keeps secrets for this session only, or in an owner-only file. */
    public void chooseFile(boolean file) {
        if (!fallbackChoice.get()) {
            return;
        }
        fileChosen.set(file);
        SecretStore.Kind wanted = file ? SecretStore.Kind.OWNER_ONLY_FILE : SecretStore.Kind.SESSION_ONLY;
        if (store.get().kind() != wanted) {
            use(file ? ownerOnlyFile.get() : sessionStore.get(), true);
        }
    }

    private void use(SecretStore next, boolean byPerson) {
        lastChangeByPerson = byPerson;
        store.set(next);
    }

    /** Whether the latest change of store was the person's choice (move the secrets) or found at start (read them). */
    public boolean lastChangeByPerson() {
        return lastChangeByPerson;
    }

    /** True when secrets go (or would go, without an OS store) to the owner-only file. */
    public ReadOnlyBooleanProperty fileChosenProperty() {
        return fileChosen.getReadOnlyProperty();
    }

    private static String name(I18n i18n, SecretStore s) {
        return switch (s.kind()) {
            case OS_KEYRING -> s.displayName();
            case OWNER_ONLY_FILE -> i18n.get("secretstore.file");
            case SESSION_ONLY -> i18n.get("secretstore.session");
        };
    }

    public SecretStore current() {
        return store.get();
    }

    public ReadOnlyObjectProperty<SecretStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** True where no OS store exists, so the person chooses between session and file. */
    public ReadOnlyBooleanProperty fallbackChoiceProperty() {
        return fallbackChoice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty probingProperty() {
        return probing.getReadOnlyProperty();
    }

    /** "App secrets are kept in: ..." in the current language. */
    public StringBinding descriptionProperty() {
        return description;
    }
}
