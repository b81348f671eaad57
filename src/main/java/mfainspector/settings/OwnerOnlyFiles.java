package mfainspector.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files and folders only the user's own account can read: POSIX 700/600 where the file system has
 * POSIX permissions, else (Windows) an ACL that names the owner alone.
 */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Creates the folder if needed and restricts it to the owner (also when it already existed). */
    public static void createDirectory(Path dir) throws IOException {
        if (isPosix(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)).equals("rwx------")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } else {
            Files.createDirectories(dir);
            restrictAcl(dir, true);
        }
    }

    /** A new empty file in {@code dir}, owner-only from the moment it exists (no window where others could open it). */
    public static Path createTempFile(Path dir, String prefix) throws IOException {
        if (isPosix(dir)) {
            FileAttribute<Set<PosixFilePermission>> attr =
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return Files.createTempFile(dir, prefix, ".tmp", attr);
        }
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        restrictAcl(tmp, false);
        return tmp;
    }

    /**
     * Opens {@code file} for appending, creating it owner-only (600) if needed; an existing file
     * whose permissions were widened is restricted again.
     */
    public static FileChannel openForAppend(Path file) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!isPosix(file)) {
            FileChannel ch = FileChannel.open(file, options);
            restrictAcl(file, false);
            return ch;
        }
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        FileChannel ch = FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(ownerOnly));
        if (!Files.getPosixFilePermissions(file).equals(ownerOnly)) {
            Files.setPosixFilePermissions(file, ownerOnly);
        }
        return ch;
    }

    private static boolean isPosix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    // Not exercised on Linux (no ACL view there); follows the documented AclFileAttributeView use.
    private static void restrictAcl(Path p, boolean directory) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        AclEntry.Builder entry = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(view.getOwner())
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        view.setAcl(List.of(entry.build()));
    }

    /** A short reason for a message: the JDK puts only the path into many file exceptions. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
