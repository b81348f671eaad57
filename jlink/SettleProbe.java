import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures from outside a process when its window is shown and when the window's pixels settle.
 * Run by jlink/benchmark.sh with the JDK (single-file source launch), on a display of its own
 * (Xvfb) where nothing else draws:
 *
 *   java jlink/SettleProbe.java SECONDS COMMAND...
 *
 * It starts COMMAND, grabs the screen about every 25 ms, and from the first grab that differs from
 * the empty screen (the window mapped) keeps grabbing for SECONDS. "Settled" is the first grab from
 * which every later grab matches the last one within a small tolerance, so that a blinking caret
 * does not count as a change. It then ends the process (and its children) and prints
 * {@code shown-ms=N settled-ms=N}, both from the moment it started COMMAND.
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
        Robot robot = new Robot();
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        int[] empty = sample(robot.createScreenCapture(screen));

        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<int[]> grabs = new ArrayList<>();
        List<Long> times = new ArrayList<>();
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
                int[] grab = sample(robot.createScreenCapture(screen));
                long at = System.nanoTime();
                if (shownAt < 0 && differing(grab, empty) > TOLERANCE) {
                    shownAt = at;
                }
                if (shownAt >= 0) {
                    grabs.add(grab);
                    times.add(at);
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
        int[] last = grabs.get(grabs.size() - 1);
        int settled = grabs.size() - 1;
        while (settled > 0 && differing(grabs.get(settled - 1), last) <= TOLERANCE) {
            settled--;
        }
        System.out.printf("shown-ms=%d settled-ms=%d grabs=%d%n", millis(shownAt - started),
                millis(times.get(settled) - started), grabs.size());
    }

    private static int[] sample(BufferedImage image) {
        int w = image.getWidth() / STEP;
        int h = image.getHeight() / STEP;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = image.getRGB(x * STEP, y * STEP);
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
}
