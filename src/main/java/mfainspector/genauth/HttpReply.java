package mfainspector.genauth;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** What came back over HTTP, before the envelope is read: status, body bytes (capped), Retry-After. */
record HttpReply(int httpStatus, byte[] body, Integer retryAfterSeconds) {

    /**
     * {@code Retry-After} as seconds from {@code now}: either delta-seconds or an HTTP date.
     * Null when absent or unreadable; never negative.
     */
    static Integer parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip();
        try {
            return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                long seconds = Math.floorDiv(Duration.between(now, at).toMillis() + 999, 1000);
                return (int) Math.min(Integer.MAX_VALUE, Math.max(0, seconds));
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
