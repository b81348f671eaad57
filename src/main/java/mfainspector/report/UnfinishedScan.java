package mfainspector.report;

import java.time.Instant;

/**
 * A scan that stopped before the end, as its checkpoint tells: enough to offer "Resume the scan of
 * ... started at ..., 41,250 of 100,000 users done?".
 */
public record UnfinishedScan(String host, String userPoolId, Instant started, long done, long total) {
}
