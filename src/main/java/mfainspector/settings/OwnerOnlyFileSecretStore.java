package mfainspector.settings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import mfainspector.genauth.Secret;

/**
 * The fallback where no OS secret store exists, chosen by the user: {@code secrets.properties} in
 * the settings folder, readable by the user's own account only (POSIX 600, or an owner-only ACL),
 * replaced atomically. Values are base64 so that no secret is readable at a glance over a shoulder;
 * that is encoding, not encryption, and the display name says so.
 */
public final class OwnerOnlyFileSecretStore implements SecretStore {

    static final String FILE_NAME = "secrets.properties";
    private static final String LOCK_NAME = ".secrets.lock";

    private final Path dir;
    private final AtomicFile atomicFile = new AtomicFile();

    public OwnerOnlyFileSecretStore(Path dir) {
        this.dir = dir;
    }

    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    @Override
    public Kind kind() {
        return Kind.OWNER_ONLY_FILE;
    }

    @Override
    public String displayName() {
        return "A file readable by your account only, not encrypted (" + file() + ")";
    }

    @Override
    public Optional<Secret> read(String key) throws SecretStoreException {
        String encoded = load().getProperty(key);
        if (encoded == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Secret.of(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new SecretStoreException("The secret file " + file() + " is damaged: enter the secret again to replace it.");
        }
    }

    @Override
    public void write(String key, Secret secret) throws SecretStoreException {
        update(p -> p.setProperty(key, Base64.getEncoder().encodeToString(secret.reveal().getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public void delete(String key) throws SecretStoreException {
        update(p -> p.remove(key));
    }

    private void update(Consumer<Properties> change) throws SecretStoreException {
        try {
            OwnerOnlyFiles.createDirectory(dir);
            DirectoryLock.<Void, SecretStoreException>withLock(dir.resolve(LOCK_NAME), () -> {
                Properties p = load();
                change.accept(p);
                StringWriter w = new StringWriter();
                p.store(w, "MFA Inspector secrets: base64, not encrypted. Readable by this account only.");
                atomicFile.write(file(), w.toString().getBytes(StandardCharsets.UTF_8));
                return null;
            });
        } catch (IOException e) {
            throw new SecretStoreException("The secret could not be saved to " + file() + ": " + OwnerOnlyFiles.reason(e)
                    + ". Choose \"this session only\" or free the folder and try again.", e);
        }
    }

    private Properties load() throws SecretStoreException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file(), StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new SecretStoreException("The secret file " + file() + " could not be read. Delete it and enter the secrets again.");
        }
        return p;
    }
}
