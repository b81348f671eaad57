package mfainspector.lookup;

import java.util.Objects;
import mfainspector.factor.PhoneNumber;
import mfainspector.factor.Masking;

/**
 * A normalised look-up identifier: the {@code value} to send as {@code userId} and, for a phone
 * typed with a leading {@code +}, its country code kept apart (the API's {@code phone} look-up
 * takes the national number; the code is for display and for telling matches apart).
 *
 * @param countryCode {@code +} and 1-3 digits, or empty
 */
public record Identifier(UserIdType type, String value, String countryCode) {

    public Identifier {
        Objects.requireNonNull(type, "type");
        value = value == null ? "" : value.strip();
        countryCode = countryCode == null ? "" : countryCode.strip();
    }

    /** Normalises what was typed for the given type: phones lose separators and a leading {@code +<cc>}. */
    public static Identifier of(UserIdType type, String typed) {
        String s = typed == null ? "" : typed.strip();
        if (type != UserIdType.PHONE) {
            return new Identifier(type, s, "");
        }
        PhoneNumber phone = PhoneNumber.parse(s);
        return new Identifier(type, phone.national(), phone.countryDigits().isEmpty() ? "" : "+" + phone.countryDigits());
    }

    public boolean isBlank() {
        return value.isEmpty();
    }

    /** The identifier masked for display and the lookup log. */
    public String masked() {
        return switch (type) {
            case PHONE -> Masking.maskPhone(countryCode, value);
            case EMAIL -> Masking.maskEmail(value);
            default -> Masking.maskIdentifier(value);
        };
    }

    /** Type and masked value only: an identifier is personal data. */
    @Override
    public String toString() {
        return type.wireName() + ":" + masked();
    }
}
