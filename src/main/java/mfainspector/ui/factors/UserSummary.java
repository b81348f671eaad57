package mfainspector.ui.factors;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import mfainspector.factor.Masking;
import mfainspector.genauth.JwtClaims;

/** Who is signed in, as far as the token claims tell; empty strings where nothing is known. */
public record UserSummary(String displayName, String email, String phone, String subject) {

    public UserSummary {
        displayName = orEmpty(displayName);
        email = orEmpty(email);
        phone = orEmpty(phone);
        subject = orEmpty(subject);
    }

    /**
     * Prefers the ID token (it is meant to describe the user), then the access token; the account
     * typed at sign-in names the user when no claim does (an opaque access token, say).
     */
    public static UserSummary fromClaims(Optional<JwtClaims> idToken, Optional<JwtClaims> accessToken,
                                         String fallbackAccount) {
        List<JwtClaims> sources = Stream.of(idToken, accessToken).flatMap(Optional::stream).toList();
        String name = first(sources, JwtClaims::name)
                .or(() -> first(sources, JwtClaims::preferredUsername))
                .orElse(orEmpty(fallbackAccount));
        return new UserSummary(name, first(sources, JwtClaims::email).orElse(""),
                first(sources, JwtClaims::phoneNumber).orElse(""), first(sources, JwtClaims::subject).orElse(""));
    }

    /**
     * The same user as every masked place shows them: email and phone masked, and a name that is
     * really an email or a phone number (the account typed at sign-in, say) masked too.
     */
    public UserSummary masked() {
        return new UserSummary(Masking.maskContact(displayName), email.isEmpty() ? "" : Masking.maskEmail(email),
                phone.isEmpty() ? "" : Masking.maskPhone(null, phone), subject);
    }

    /** The best single name for the header: the display name, else email, phone or user ID. */
    public String headline() {
        return Stream.of(displayName, email, phone, subject).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    /** The contact shown under the name, if it is not already the headline. */
    public String contact() {
        String contact = email.isEmpty() ? phone : email;
        return contact.equals(headline()) ? "" : contact;
    }

    private static Optional<String> first(List<JwtClaims> sources, Function<JwtClaims, Optional<String>> claim) {
        return sources.stream().map(claim).flatMap(Optional::stream).filter(s -> !s.isBlank()).findFirst();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
