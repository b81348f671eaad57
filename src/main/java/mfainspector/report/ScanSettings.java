package mfainspector.report;

import java.util.Objects;

/**
 * How a scan runs.
 *
 * @param folder       where its state goes ({@link ScanFolder#of})
 * @param rate         requests per second for all calls together, {@link #MIN_RATE} to {@link #MAX_RATE}
 * @param resume       continue the unfinished scan in {@code folder} (a fresh scan when there is none);
 *                     false starts over, dropping any unfinished one
 */
public record ScanSettings(ScanFolder folder, int rate, boolean resume) {

    public static final int DEFAULT_RATE = 10;
    public static final int MIN_RATE = 1;
    public static final int MAX_RATE = 200;

    public ScanSettings {
        Objects.requireNonNull(folder, "folder");
        if (rate < MIN_RATE || rate > MAX_RATE) {
            throw new IllegalArgumentException("The rate must be " + MIN_RATE + " to " + MAX_RATE + " requests per second");
        }
    }
}
