package mfainspector.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A text log of one line per record, owner-only (file 600, folder 700), rotated by size:
 * {@code name} grows to {@code maxBytes}, then becomes {@code name.1} (the older ones shift up to
 * {@code name.<keep>}, the oldest is dropped). Every append and read holds a lock shared by the
 * threads of this process and by other running instances, and a line goes out in one write, so
 * lines never interleave or tear.
 */
public final class AppendOnlyLog {

    private final Path file;
    private final long maxBytes;
    private final int keep;

    /**
     * @param maxBytes the size at which the current file is rotated before the next line
     * @param keep     how many rotated files to keep besides the current one (1 or more)
     */
    public AppendOnlyLog(Path file, long maxBytes, int keep) {
        if (maxBytes < 1 || keep < 1) {
            throw new IllegalArgumentException("maxBytes and keep must be positive");
        }
        this.file = file.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.keep = keep;
    }

    public Path file() {
        return file;
    }

    /** Appends {@code line} and a line break. The line itself must hold no line break. */
    public void append(String line) throws IOException {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a log line must not contain a line break");
        }
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        OwnerOnlyFiles.createDirectory(file.getParent());
        DirectoryLock.withLock(lockFile(), () -> {
            if (Files.exists(file) && Files.size(file) > 0 && Files.size(file) + bytes.length > maxBytes) {
                rotate();
            }
            byte[] out = endsOpen(file) ? prefixLineBreak(bytes) : bytes;
            try (FileChannel ch = OwnerOnlyFiles.openForAppend(file)) {
                write(ch, out);
            }
            return null;
        });
    }

    /** Every line, oldest first: the rotated files from the highest number down, then the current one. */
    public List<String> readLines() throws IOException {
        if (!Files.isDirectory(file.getParent())) {
            return List.of();
        }
        return DirectoryLock.withLock(lockFile(), () -> {
            List<String> lines = new ArrayList<>();
            for (int i = keep; i >= 0; i--) {
                Path p = generation(i);
                if (Files.exists(p)) {
                    Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
                }
            }
            return lines;
        });
    }

    /** The current file for 0, else {@code name.i}. */
    Path generation(int i) {
        return i == 0 ? file : file.resolveSibling(file.getFileName() + "." + i);
    }

    private Path lockFile() {
        return file.resolveSibling("." + file.getFileName() + ".lock");
    }

    private void rotate() throws IOException {
        Files.deleteIfExists(generation(keep));
        for (int i = keep - 1; i >= 0; i--) {
            if (Files.exists(generation(i))) {
                Files.move(generation(i), generation(i + 1), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** True when the file does not end in a line break: a write cut off by a crash, which the next line must not extend. */
    private static boolean endsOpen(Path p) throws IOException {
        if (!Files.exists(p)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    private static byte[] prefixLineBreak(byte[] bytes) {
        byte[] b = new byte[bytes.length + 1];
        b[0] = '\n';
        System.arraycopy(bytes, 0, b, 1, bytes.length);
        return b;
    }

    private static void write(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
