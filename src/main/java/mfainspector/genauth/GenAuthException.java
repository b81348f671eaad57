package mfainspector.genauth;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one failure type of every GenAuth call. Carries what support needs (HTTP status,
 * statusCode, apiCode, requestId, the server's message) and a {@link ErrorCategory}. The message
 * never contains a secret: the server's message is the only free text it holds.
 */
public final class GenAuthException extends Exception {

    private final ErrorCategory category;
    private final int httpStatus;
    private final Integer statusCode;
    private final Integer apiCode;
    private final String serverMessage;
    private final String requestId;
    private final Integer retryAfterSeconds;

    private GenAuthException(Builder b) {
        super(describe(b), b.cause, false, b.cause != null);
        this.category = b.category;
        this.httpStatus = b.httpStatus;
        this.statusCode = b.statusCode;
        this.apiCode = b.apiCode;
        this.serverMessage = b.serverMessage;
        this.requestId = b.requestId;
        this.retryAfterSeconds = b.retryAfterSeconds;
    }

    public static Builder builder(ErrorCategory category) {
        return new Builder(category);
    }

    public ErrorCategory category() {
        return category;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    public OptionalInt apiCode() {
        return apiCode == null ? OptionalInt.empty() : OptionalInt.of(apiCode);
    }

    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Seconds to wait before trying again, from {@code Retry-After}, when the server said so. */
    public OptionalInt retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalInt.empty() : OptionalInt.of(retryAfterSeconds);
    }

    /** One line for support: {@code statusCode=403 apiCode=2333 requestId=...}, only the parts present. */
    public String codes() {
        return codes(httpStatus, statusCode, apiCode, requestId);
    }

    private static String codes(int httpStatus, Integer statusCode, Integer apiCode, String requestId) {
        StringBuilder sb = new StringBuilder();
        if (httpStatus != 0 && httpStatus != 200) {
            sb.append("http=").append(httpStatus).append(' ');
        }
        if (statusCode != null) {
            sb.append("statusCode=").append(statusCode).append(' ');
        }
        if (apiCode != null) {
            sb.append("apiCode=").append(apiCode).append(' ');
        }
        if (requestId != null) {
            sb.append("requestId=").append(requestId).append(' ');
        }
        return sb.toString().strip();
    }

    private static String describe(Builder b) {
        StringBuilder sb = new StringBuilder(b.category.name());
        if (b.serverMessage != null && !b.serverMessage.isBlank()) {
            sb.append(": ").append(b.serverMessage.strip());
        } else if (b.detail != null) {
            sb.append(": ").append(b.detail);
        }
        String codes = codes(b.httpStatus, b.statusCode, b.apiCode, b.requestId);
        if (!codes.isEmpty()) {
            sb.append(" (").append(codes).append(')');
        }
        return sb.toString();
    }

    public static final class Builder {
        private final ErrorCategory category;
        private int httpStatus;
        private Integer statusCode;
        private Integer apiCode;
        private String serverMessage;
        private String requestId;
        private Integer retryAfterSeconds;
        private String detail;
        private Throwable cause;

        private Builder(ErrorCategory category) {
            this.category = category;
        }

        public Builder httpStatus(int v) {
            this.httpStatus = v;
            return this;
        }

        public Builder statusCode(Integer v) {
            this.statusCode = v;
            return this;
        }

        public Builder apiCode(Integer v) {
            this.apiCode = v;
            return this;
        }

        public Builder serverMessage(String v) {
            this.serverMessage = v;
            return this;
        }

        public Builder requestId(String v) {
            this.requestId = v == null || v.isBlank() ? null : v.strip();
            return this;
        }

        public Builder retryAfterSeconds(Integer v) {
            this.retryAfterSeconds = v;
            return this;
        }

        /** A short technical detail of our own (never a secret), shown when the server sent no message. */
        public Builder detail(String v) {
            this.detail = v;
            return this;
        }

        /** The underlying I/O failure, kept for {@code --verbose}; its message must not hold secrets. */
        public Builder cause(Throwable v) {
            this.cause = v;
            return this;
        }

        public GenAuthException build() {
            return new GenAuthException(this);
        }
    }
}
