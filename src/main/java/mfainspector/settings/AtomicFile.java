package mfainspector.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader (or the next start after a crash) sees either the old content
 * or the new one, never a mix: the content goes to an owner-only temporary file in the same
 * folder, is forced to disk, then renamed over the target in one step. The file ends up
 * owner-only (600 on POSIX), also when it replaces one that others could read.
 */
public class AtomicFile {

    public void write(Path target, byte[] content) throws IOException {
        write(target, ch -> writeContent(ch, content));
    }

    /** Writes what {@code content} puts in the channel: for a file too large to hold in memory first. */
    public void write(Path target, Content content) throws IOException {
        Path tmp = OwnerOnlyFiles.createTempFile(target.getParent(), "." + target.getFileName() + ".");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(ch);
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** What goes into the temporary file. */
    public interface Content {
        void writeTo(FileChannel ch) throws IOException;
    }

    /** Writes the bytes to the temporary file; tests override it to fail half-way, as a crash or a full disk would. */
    void writeContent(FileChannel ch, byte[] content) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
