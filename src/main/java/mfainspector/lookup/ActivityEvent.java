package mfainspector.lookup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import mfainspector.factor.FactorType;

/**
 * One entry of a user's activity timeline, from {@code get-user-action-logs} or
 * {@code get-user-login-history}. Text the server did not send is empty; a success it did not
 * state is empty. It holds no unmasked personal data: the IP address is masked on reading
 * ({@link mfainspector.factor.Masking#maskIp}) and the free-text event detail is not kept.
 *
 * @param time      when it happened
 * @param eventType the raw event type ({@code login}, {@code verifyMfa}, or whatever came)
 * @param kind      the event type in this app's terms
 * @param success   succeeded or failed; empty when not stated (login history lists sign-ins only)
 * @param appId     the app's id; may be empty
 * @param appName   the app's name; may be empty
 * @param maskedIp  the client's IP address, masked
 * @param city      from geoip; may be empty
 * @param region    from geoip; may be empty
 * @param country   from geoip; may be empty
 * @param device    from the parsed user agent; may be empty
 * @param browser   from the parsed user agent; may be empty
 * @param os        from the parsed user agent; may be empty
 * @param requestId GenAuth's request id of the event, for support; may be empty
 * @param factor    the MFA type the event concerns (SMS, EMAIL, OTP, FACE, ...), when it names one
 * @param source    which call reported it
 */
public record ActivityEvent(Instant time, String eventType, ActivityKind kind, Optional<Boolean> success,
        String appId, String appName, String maskedIp, String city, String region, String country, String device,
        String browser, String os, String requestId, Optional<FactorType> factor, Source source) {

    /** Which call reported an event. */
    public enum Source { ACTION_LOG, LOGIN_HISTORY }

    public ActivityEvent {
        Objects.requireNonNull(time, "time");
        eventType = orEmpty(eventType);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(success, "success");
        appId = orEmpty(appId);
        appName = orEmpty(appName);
        maskedIp = orEmpty(maskedIp);
        city = orEmpty(city);
        region = orEmpty(region);
        country = orEmpty(country);
        device = orEmpty(device);
        browser = orEmpty(browser);
        os = orEmpty(os);
        requestId = orEmpty(requestId);
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(source, "source");
    }

    /** True when the server said it failed. */
    public boolean failed() {
        return success.isPresent() && !success.get();
    }

    /** True when the server said it succeeded, or listed it as a sign-in in the login history. */
    public boolean succeeded() {
        return success.orElse(source == Source.LOGIN_HISTORY);
    }

    /** The app's name, else its id, else empty. */
    public String app() {
        return appName.isEmpty() ? appId : appName;
    }

    /** City, region and country joined with ", ", those not sent left out; empty when none. */
    public String place() {
        return join(", ", city, region, country);
    }

    /** Device, browser and OS joined with " / ", those not sent left out; empty when none. */
    public String agent() {
        return join(" / ", device, browser, os);
    }

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty() && b.indexOf(p) < 0) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(p);
            }
        }
        return b.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
