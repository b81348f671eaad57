import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures from outside a process when its window is shown and when the window's pixels settle.
 * Run by jlink/benchmark.sh with the JDK (single-file source launch), on a local X display of its
 * own (Xvfb) where nothing else draws:
 *
 *   java jlink/SettleProbe.java SECONDS COMMAND...
 *
 * It starts COMMAND, grabs the screen about every 25 ms (X11Screen, below), and from the first
 * grab that differs from the empty screen (the window mapped) keeps grabbing for SECONDS. "Settled" is the first grab from
 * which every later grab matches the last one within a small tolerance, so that a blinking caret
 * does not count as a change. It then ends the process (and its children) and prints
 * {@code shown-ms=N settled-ms=N}, both from the moment it started COMMAND. With PROBE_TRACE set in
 * its environment it also lists on stderr when each different picture came and how much changed.
 */
public final class SettleProbe {

    /** Grabs are compared on every second pixel of every second row. */
    private static final int STEP = 2;
    /** Pixels (of those compared) that may differ and still count as the same picture: a caret is about 1 x 18 px. */
    private static final int TOLERANCE = 40;
    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

    private SettleProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java SettleProbe.java SECONDS COMMAND...");
            System.exit(2);
        }
        long watchNanos = TimeUnit.MILLISECONDS.toNanos(Math.round(Double.parseDouble(args[0]) * 1000));
        List<String> command = List.of(args).subList(1, args.length);
        X11Screen screen = X11Screen.open(System.getenv("DISPLAY"));
        int[] empty = sample(screen, null);

        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Each grab is sampled into one reused array; only the grabs that differ from the one before
        // are kept, as copies (a run of equal grabs is its first), so the probe neither holds nor
        // collects a picture every 25 ms.
        int[] grab = null;
        List<int[]> pictures = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        int grabs = 0;
        long shownAt = -1;
        try {
            long next = System.nanoTime();
            while (true) {
                long now = System.nanoTime();
                if (shownAt < 0 && now - started > TimeUnit.SECONDS.toNanos(30)) {
                    throw new IllegalStateException("no window appeared within 30 s");
                }
                if (shownAt >= 0 && now - shownAt > watchNanos) {
                    break;
                }
                grab = sample(screen, grab);
                long at = System.nanoTime();
                if (shownAt < 0 && differing(grab, empty) > TOLERANCE) {
                    shownAt = at;
                }
                if (shownAt >= 0) {
                    grabs++;
                    if (pictures.isEmpty() || differing(grab, pictures.get(pictures.size() - 1)) > 0) {
                        pictures.add(grab.clone());
                        times.add(at);
                    }
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the process ended before its window settled (exit " + process.exitValue() + ")");
                }
                next += INTERVAL_NANOS;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    TimeUnit.NANOSECONDS.sleep(sleep);
                } else {
                    next = System.nanoTime();
                }
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        screen.close();
        int[] last = pictures.get(pictures.size() - 1);
        int settled = pictures.size() - 1;
        while (settled > 0 && differing(pictures.get(settled - 1), last) <= TOLERANCE) {
            settled--;
        }
        if (System.getenv("PROBE_TRACE") != null) {
            for (int i = 0; i < pictures.size(); i++) {
                System.err.printf("picture at %d ms: %s%n", millis(times.get(i) - started),
                        i == 0 ? "the window" : differing(pictures.get(i), pictures.get(i - 1)) + " sampled pixels changed");
            }
        }
        System.out.printf("shown-ms=%d settled-ms=%d grabs=%d%n", millis(shownAt - started),
                millis(times.get(settled) - started), grabs);
    }

    /** Every STEP-th pixel of every STEP-th row of a new grab, into {@code into} (a new array when null). */
    private static int[] sample(X11Screen screen, int[] into) throws IOException {
        ByteBuffer image = screen.grab();
        int w = screen.width / STEP;
        int h = screen.height / STEP;
        int[] out = into != null ? into : new int[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * STEP * screen.width;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = image.getInt((row + x * STEP) * 4) & 0xFFFFFF;
            }
        }
        return out;
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /**
     * Grabs the screen with the X protocol's GetImage on the local display's socket, the pixels
     * read straight into a buffer. AWT's Robot, which this probe used first, turns every pixel into
     * an int through a call of its own: about 15 ms of CPU for each grab of a 1280x1024 screen, 60 %
     * of one of the two cores at a grab every 25 ms, taken from the app being measured. This takes
     * about a fifth of that (most of it the X server copying the image).
     */
    static final class X11Screen implements AutoCloseable {

        private final SocketChannel channel;
        private final int root;
        final int width;
        final int height;
        private final ByteBuffer request = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        private final ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        private ByteBuffer pixels;

        private X11Screen(SocketChannel channel, int root, int width, int height) {
            this.channel = channel;
            this.root = root;
            this.width = width;
            this.height = height;
        }

        /** Connects to the display named by {@code DISPLAY} (a local one, {@code :N} or {@code :N.S}). */
        static X11Screen open(String display) throws IOException {
            if (display == null || !display.startsWith(":")) {
                throw new IOException("DISPLAY=" + display + ": only a local display (:N) can be grabbed");
            }
            String number = display.substring(1).split("\\.")[0];
            SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of("/tmp/.X11-unix/X" + number));
            byte[][] cookie = cookie(number);
            ByteBuffer setup = ByteBuffer.allocate(12 + pad(cookie[0].length) + pad(cookie[1].length)).order(ByteOrder.LITTLE_ENDIAN);
            setup.put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0)
                    .putShort((short) cookie[0].length).putShort((short) cookie[1].length).putShort((short) 0);
            setup.put(cookie[0]).position(12 + pad(cookie[0].length));
            setup.put(cookie[1]).position(setup.capacity());
            write(channel, setup.flip());
            ByteBuffer head = read(channel, 8);
            int status = head.get(0);
            ByteBuffer rest = read(channel, Short.toUnsignedInt(head.getShort(6)) * 4);
            if (status != 1) {
                throw new IOException("the X server refused the connection (status " + status + ")");
            }
            int vendorLength = Short.toUnsignedInt(rest.getShort(16));
            int formats = Byte.toUnsignedInt(rest.get(21));
            int screen = 32 + pad(vendorLength) + 8 * formats;
            return new X11Screen(channel, rest.getInt(screen), Short.toUnsignedInt(rest.getShort(screen + 20)),
                    Short.toUnsignedInt(rest.getShort(screen + 22)));
        }

        /** The MIT-MAGIC-COOKIE-1 for the display from XAUTHORITY (or ~/.Xauthority); none when there is no such file or entry. */
        private static byte[][] cookie(String number) throws IOException {
            String file = System.getenv("XAUTHORITY");
            Path path = file != null ? Path.of(file) : Path.of(System.getProperty("user.home"), ".Xauthority");
            byte[][] none = {new byte[0], new byte[0]};
            if (!Files.isReadable(path)) {
                return none;
            }
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(path));
            while (in.remaining() >= 2) {
                int family = Short.toUnsignedInt(in.getShort());
                field(in); // address
                String entryNumber = new String(field(in), StandardCharsets.US_ASCII);
                byte[] name = field(in);
                byte[] data = field(in);
                boolean local = family == 256 || family == 0xFFFF;
                if (local && (entryNumber.isEmpty() || entryNumber.equals(number))
                        && new String(name, StandardCharsets.US_ASCII).equals("MIT-MAGIC-COOKIE-1")) {
                    return new byte[][] {name, data};
                }
            }
            return none;
        }

        private static byte[] field(ByteBuffer in) {
            byte[] b = new byte[Short.toUnsignedInt(in.getShort())];
            in.get(b);
            return b;
        }

        /** The whole screen, 4 bytes a pixel (the buffer is reused by the next grab). */
        ByteBuffer grab() throws IOException {
            request.clear();
            request.put((byte) 73).put((byte) 2).putShort((short) 5).putInt(root) // GetImage, ZPixmap, 5 words
                    .putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height).putInt(-1);
            write(channel, request.flip());
            header.clear();
            readFully(channel, header);
            if (header.get(0) != 1) {
                throw new IOException("GetImage failed: X error " + Byte.toUnsignedInt(header.get(1)));
            }
            int length = header.getInt(4) * 4;
            if (pixels == null || pixels.capacity() != length) {
                pixels = ByteBuffer.allocateDirect(length).order(ByteOrder.LITTLE_ENDIAN);
            }
            pixels.clear();
            readFully(channel, pixels);
            if (length < width * height * 4) {
                throw new IOException("GetImage gave " + length + " bytes for " + width + "x" + height + ": only 32 bits a pixel are read");
            }
            return pixels;
        }

        private static int pad(int n) {
            return (n + 3) & ~3;
        }

        private static void write(SocketChannel channel, ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                channel.write(b);
            }
        }

        private static ByteBuffer read(SocketChannel channel, int n) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, b);
            return b;
        }

        private static void readFully(SocketChannel channel, ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                if (channel.read(b) < 0) {
                    throw new IOException("the X server closed the connection");
                }
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
