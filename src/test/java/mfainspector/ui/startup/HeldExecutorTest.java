package mfainspector.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldExecutorTest {

    private final List<String> ran = new ArrayList<>();
    private final HeldExecutor held = new HeldExecutor(Runnable::run);

    @Test
    void holdsWorkUntilReleasedThenRunsItInOrderAndLaterWorkAtOnce() {
        held.execute(() -> ran.add("demo tenant"));
        held.execute(() -> ran.add("secret store probe"));
        assertThat(ran).isEmpty();

        held.release();
        assertThat(ran).containsExactly("demo tenant", "secret store probe");

        held.execute(() -> ran.add("sign-in"));
        assertThat(ran).containsExactly("demo tenant", "secret store probe", "sign-in");
    }

    @Test
    void releasingTwiceRunsNothingTwice() {
        held.execute(() -> ran.add("once"));
        held.release();
        held.release();
        assertThat(ran).containsExactly("once");
    }
}
