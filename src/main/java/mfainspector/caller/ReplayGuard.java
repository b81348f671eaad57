package mfainspector.caller;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import mfainspector.settings.AtomicFile;
import mfainspector.settings.OwnerOnlyFiles;

/**
 * Remembers which time step's code verified for which user, so that the same code cannot verify
 * again while it could still be valid (its step plus the window, about 90 seconds). Holds a hash
 * of the user id and the step number only, never a code or a secret. The windows and the
 * commands (one process per check) share a small owner-only file in the settings folder
 * ({@link #ReplayGuard(Clock, Path)}, {@link #FILE_NAME}) so that a code read out twice is caught
 * whichever of them checked it first; {@link #ReplayGuard(Clock)} keeps it in memory only.
 * Thread-safe within a process.
 */
public final class ReplayGuard {

    /** The file the windows and the commands share, in the settings folder. */
    public static final String FILE_NAME = "otp-used";

    /** Guards on a file take turns within this process (a {@link FileLock} is per process). */
    private static final Object FILES = new Object();

    private final Clock clock;
    private final Path file;
    private final Set<String> used = new LinkedHashSet<>();

    /** A guard in memory only. */
    public ReplayGuard(Clock clock) {
        this(clock, null);
    }

    /** A guard that also keeps its entries in {@code file} (created owner-only when first needed). */
    public ReplayGuard(Clock clock, Path file) {
        this.clock = clock;
        this.file = file;
    }

    /** True when {@code step} already verified for {@code userId}. */
    synchronized boolean isUsed(String userId, long step) {
        load();
        prune();
        return used.contains(entry(userId, step));
    }

    /**
     * Notes that {@code step}'s code verified for {@code userId}; false when it already had. With a
     * file, reading it and noting the step is one step for every guard on a file in this process
     * and, through a lock file beside it, in the others: two windows or a window and the command
     * checking the same code at the same moment cannot both see it unused.
     */
    synchronized boolean markUsed(String userId, long step) {
        if (file == null) {
            return note(userId, step);
        }
        synchronized (FILES) {
            FileChannel channel = null;
            FileLock lock = null;
            try {
                OwnerOnlyFiles.createDirectory(file.getParent());
                channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock = channel.lock();
            } catch (IOException | RuntimeException e) {
                // No lock to be had: still one step within this process.
            }
            try {
                return note(userId, step);
            } finally {
                close(lock, channel);
            }
        }
    }

    private boolean note(String userId, long step) {
        load();
        prune();
        boolean first = used.add(entry(userId, step));
        if (first) {
            save();
        }
        return first;
    }

    private static void close(FileLock lock, FileChannel channel) {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Closing the channel releases the lock; nothing else to do.
        }
    }

    /** Forgets steps whose codes can no longer verify. */
    private void prune() {
        long oldestValid = Totp.step(clock.instant()) - Totp.WINDOW;
        used.removeIf(e -> Long.parseLong(e.substring(e.indexOf(':') + 1)) < oldestValid);
    }

    private void load() {
        if (file == null) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.matches("[0-9a-f]{64}:-?\\d{1,19}")) {
                    used.add(line);
                }
            }
        } catch (NoSuchFileException e) {
            // Nothing used yet.
        } catch (IOException e) {
            // Unreadable: the in-memory entries still count.
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            OwnerOnlyFiles.createDirectory(file.getParent());
            new AtomicFile().write(file, (String.join("\n", used) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // Not kept across runs; within this run the entry still counts.
        }
    }

    /** The user id hashed (no personal data in the file) and the step. */
    private static String entry(String userId, long step) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash) + ":" + step;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Counts only, for debugging: no user, step or code. */
    @Override
    public synchronized String toString() {
        return "ReplayGuard[" + used.size() + " used]";
    }
}
