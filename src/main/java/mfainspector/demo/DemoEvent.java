package mfainspector.demo;

import java.time.Instant;

/**
 * One entry of a demo user's activity: an action-log entry, and a login-history entry too when
 * {@code inLoginHistory}. {@code factor} is the MFA type it concerns, or null.
 */
record DemoEvent(Instant time, String eventType, boolean success, String appId, String appName, String ip,
        String city, String region, String country, String countryCode, String device, String browser, String os,
        String requestId, String factor, boolean inLoginHistory) {
}
