package mfainspector.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serialises read-merge-write of a file across running app instances (an OS file lock) and across
 * threads of this one (a monitor: the OS lock is held per process, and a second lock attempt from
 * the same JVM would throw instead of waiting).
 */
final class DirectoryLock {

    interface Action<T, E extends Exception> {
        T run() throws IOException, E;
    }

    private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private DirectoryLock() {
    }

    static <T, E extends Exception> T withLock(Path lockFile, Action<T, E> action) throws IOException, E {
        Object monitor = MONITORS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new Object());
        synchronized (monitor) {
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                return action.run();
            }
        }
    }
}
