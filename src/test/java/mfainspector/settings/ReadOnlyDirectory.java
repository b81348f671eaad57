package mfainspector.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a folder really read-only. Permissions alone do not stop root (CI runs tests as root), so
 * when the folder is still writable after {@code chmod 500} it is also made immutable with
 * {@code chattr +i}, which stops root too.
 */
public final class ReadOnlyDirectory implements AutoCloseable {

    private final Path dir;
    private boolean immutable;

    public ReadOnlyDirectory(Path dir) throws Exception {
        this.dir = dir;
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        if (writable()) {
            chattr("+i");
            immutable = true;
        }
        if (writable()) {
            throw new AssertionError("Could not make " + dir + " read-only: neither chmod nor chattr +i stopped a write"
                    + " (chattr needs the e2fsprogs package and a file system that supports it)");
        }
    }

    private boolean writable() {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void chattr(String flag) throws Exception {
        Process p = new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new AssertionError("chattr " + flag + " " + dir + " failed: " + out);
        }
    }

    @Override
    public void close() throws Exception {
        if (immutable) {
            chattr("-i");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
}
