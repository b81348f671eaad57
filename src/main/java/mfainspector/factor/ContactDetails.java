package mfainspector.factor;

/**
 * A user's email and phone as the server sent them (empty when none), and the one masked form of
 * each that screens, logs and exports show.
 */
public interface ContactDetails {

    String email();

    String phone();

    /** The phone's country code as sent ({@code +86}, {@code 86} or empty). */
    String phoneCountryCode();

    /** The email masked, or empty when the user has none. */
    default String maskedEmail() {
        return email().isEmpty() ? "" : Masking.maskEmail(email());
    }

    /** The phone masked with its country code, or empty when the user has none. */
    default String maskedPhone() {
        return phone().isEmpty() ? "" : Masking.maskPhone(phoneCountryCode(), phone());
    }
}
