package mfainspector.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {

    @Test
    void aStepUsedOnceIsUsedForThatUserOnlyUntilItsCodeExpires() {
        Instant t = Instant.ofEpochSecond(1_800_000_000L);
        MutableClock clock = new MutableClock(t);
        ReplayGuard guard = new ReplayGuard(clock);
        long step = Totp.step(t);

        assertThat(guard.markUsed("u1", step)).isTrue();
        assertThat(guard.markUsed("u1", step)).isFalse();
        assertThat(guard.isUsed("u1", step)).isTrue();
        assertThat(guard.isUsed("u2", step)).isFalse();
        clock.now = t.plusSeconds(30);
        assertThat(guard.isUsed("u1", step)).as("still valid one step later").isTrue();
        clock.now = t.plusSeconds(90);
        assertThat(guard.isUsed("u1", step)).as("no longer valid, forgotten").isFalse();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
