package mfainspector.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAValidPngWhosePixelsDecodeBack() throws Exception {
        int[] argb = {0xFFFF0000, 0x8000FF00, 0xFF0000FF, 0x00000000, 0xFF123456, 0xFFFFFFFF};
        Path file = dir.resolve("x.png");
        PngWriter.write(file, 3, 2, argb);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        byte[] sig = new byte[8];
        b.get(sig);
        assertThat(sig).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        int width = 0;
        int height = 0;
        while (b.hasRemaining()) {
            int len = b.getInt();
            byte[] typeAndData = new byte[4 + len];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(b.getInt()).isEqualTo((int) crc.getValue());
            String type = new String(typeAndData, 0, 4, "US-ASCII");
            ByteBuffer data = ByteBuffer.wrap(typeAndData, 4, len);
            if (type.equals("IHDR")) {
                width = data.getInt();
                height = data.getInt();
            } else if (type.equals("IDAT")) {
                idat.write(typeAndData, 4, len);
            }
        }
        assertThat(width).isEqualTo(3);
        assertThat(height).isEqualTo(2);
        Inflater inflater = new Inflater();
        inflater.setInput(idat.toByteArray());
        byte[] raw = new byte[2 * (1 + 3 * 4)];
        assertThat(inflater.inflate(raw)).isEqualTo(raw.length);
        byte[] row1 = Arrays.copyOfRange(raw, 13, 26);
        assertThat(row1[0]).isZero();
        assertThat(Arrays.copyOfRange(row1, 5, 9)).containsExactly(0x12, 0x34, 0x56, 0xFF);
        assertThat(Arrays.copyOfRange(raw, 5, 9)).containsExactly(0x00, 0xFF, 0x00, 0x80);
    }
}
