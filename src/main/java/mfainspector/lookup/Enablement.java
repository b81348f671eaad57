package mfainspector.lookup;

/**
 * On or off as the management API reports it: a bound MFA type, an MFA policy in force.
 * {@link #UNKNOWN} when the answer did not say, so that the UI never claims "not bound" on a guess.
 */
public enum Enablement {
    ENABLED, DISABLED, UNKNOWN;

    public static Enablement of(boolean on) {
        return on ? ENABLED : DISABLED;
    }

    public boolean isEnabled() {
        return this == ENABLED;
    }
}
