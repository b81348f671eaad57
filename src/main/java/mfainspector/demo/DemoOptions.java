package mfainspector.demo;

import java.time.Duration;
import java.util.Objects;

/**
 * How a demo tenant runs.
 *
 * @param port          TCP port on the loopback address; 0 picks a free one
 * @param tokenLifetime how long issued tokens stay valid (rounded up to whole seconds, as JWT
 *                      {@code exp} counts seconds); short values let tests watch a token expire
 * @param responseDelay how long every response waits before it is written, to try a slow tenant
 */
public record DemoOptions(int port, Duration tokenLifetime, Duration responseDelay) {

    public DemoOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port " + port + " is out of range: use 0 (any free port) to 65535");
        }
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(responseDelay, "responseDelay");
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("The token lifetime must be positive");
        }
        if (responseDelay.isNegative()) {
            throw new IllegalArgumentException("The response delay must not be negative");
        }
    }

    /** A free port, tokens valid for one hour, no delay. */
    public static DemoOptions defaults() {
        return new DemoOptions(0, Duration.ofHours(1), Duration.ZERO);
    }

    public DemoOptions withPort(int newPort) {
        return new DemoOptions(newPort, tokenLifetime, responseDelay);
    }

    public DemoOptions withTokenLifetime(Duration lifetime) {
        return new DemoOptions(port, lifetime, responseDelay);
    }

    public DemoOptions withResponseDelay(Duration delay) {
        return new DemoOptions(port, tokenLifetime, delay);
    }
}
