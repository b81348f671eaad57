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
 * file readable only by their own account instead. The window always says which store is in use.
 */
public final class SecretStoreModel {

    private final Supplier<SecretStore> sessionStore;
    private final Supplier<SecretStore> ownerOnlyFile;
    private final ReadOnlyObjectWrapper<SecretStore> store = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper fallbackChoice = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper probing = new ReadOnlyBooleanWrapper(true);
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
        fallbackChoice.set(osStore.isEmpty());
        osStore.ifPresent(store::set);
    }

    /** Where no OS store exists: keep secrets for this session only, or in an owner-only file. */
    public void chooseFile(boolean file) {
        if (!fallbackChoice.get()) {
            return;
        }
        SecretStore now = store.get();
        SecretStore.Kind wanted = file ? SecretStore.Kind.OWNER_ONLY_FILE : SecretStore.Kind.SESSION_ONLY;
        if (now.kind() != wanted) {
            store.set(file ? ownerOnlyFile.get() : sessionStore.get());
        }
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
