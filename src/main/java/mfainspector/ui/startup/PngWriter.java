package mfainspector.ui.startup;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes ARGB pixels as a PNG (8-bit RGBA, no filter), so screenshots need neither
 * {@code javafx.swing} nor {@code java.desktop} in the runtime image.
 */
public final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngWriter() {
    }

    /** {@code argb} holds {@code width * height} pixels, row by row. */
    public static void write(Path file, int width, int height, int[] argb) throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argb.length);
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 6, 0, 0, 0}); // bit depth 8, colour type RGBA, deflate, no filter, no interlace

        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED))) {
            byte[] row = new byte[1 + width * 4];
            for (int y = 0; y < height; y++) {
                row[0] = 0; // filter type None
                for (int x = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    int i = 1 + x * 4;
                    row[i] = (byte) (p >>> 16);
                    row[i + 1] = (byte) (p >>> 8);
                    row[i + 2] = (byte) p;
                    row[i + 3] = (byte) (p >>> 24);
                }
                z.write(row);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(SIGNATURE);
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", compressed.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        d.writeInt((int) crc.getValue());
        d.flush();
    }
}
