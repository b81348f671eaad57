package mfainspector.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mfainspector.factor.Masking;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.OtpSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paging of the timeline: older pages on demand, never more than ten, the period sent as asked. */
class TimelineLoaderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    /** A server with {@code total} action-log events, one a minute back from now, and an empty login history. */
    static final class PagedApi implements ManagementApi {
        final int total;
        final List<String> asked = new ArrayList<>();

        PagedApi(int total) {
            this.total = total;
        }

        @Override
        public ActivityPage getUserActionLogs(String userId, Instant start, Instant end, Boolean success, int page,
                int limit, CancelSignal cancel) {
            asked.add("actions " + page + " " + Duration.between(start, end) + " " + success);
            List<ActivityEvent> events = new ArrayList<>();
            for (int i = (page - 1) * limit; i < Math.min(total, page * limit); i++) {
                events.add(new ActivityEvent(NOW.minus(Duration.ofMinutes(i)), "login", ActivityKind.SIGN_IN,
                        Optional.of(i % 2 == 0), "", "", "", "", "", "", "", "", "", "", Optional.empty(),
                        ActivityEvent.Source.ACTION_LOG));
            }
            return new ActivityPage(total, events, "req-" + page);
        }

        @Override
        public ActivityPage getUserLoginHistory(String userId, Instant start, Instant end, int page, int limit,
                CancelSignal cancel) {
            asked.add("history " + page);
            return new ActivityPage(0, List.of(), "");
        }

        @Override
        public ManagedUser getUser(UserIdType type, String value, CancelSignal cancel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserPage listUsers(String keywords, int page, int limit, CancelSignal cancel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserMfaInfo getUserMfaInfo(UserIdType type, String value, CancelSignal cancel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MfaStatus getMfaStatus(UserIdType type, String value, CancelSignal cancel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OtpSecret getOtpSecret(UserIdType type, String value, CancelSignal cancel) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void olderPagesLoadOnDemandUpToTenPagesOfFifty() throws Exception {
        PagedApi api = new PagedApi(2000);
        TimelineLoader loader = new TimelineLoader(api, Clock.fixed(NOW, ZoneOffset.UTC));

        Timeline t = loader.load("u", ActivityPeriod.MONTH, false, CancelSignal.none());
        assertThat(t.events()).hasSize(50);
        assertThat(t.hasOlder()).isTrue();
        for (int i = 0; i < 20 && t.hasOlder(); i++) {
            t = loader.older(t, CancelSignal.none());
        }

        assertThat(t.pagesLoaded()).isEqualTo(TimelineLoader.MAX_PAGES);
        assertThat(t.events()).hasSize(500).isSortedAccordingTo(Timeline.NEWEST_FIRST);
        assertThat(t.hasOlder()).isFalse();
        assertThat(loader.older(t, CancelSignal.none())).isSameAs(t);
        assertThat(api.asked).hasSize(20).first().isEqualTo("actions 1 PT720H null");
        assertThat(t.requestIds()).hasSize(10);
    }

    @Test
    void aShortHistoryHasNoOlderPage() throws Exception {
        Timeline t = new TimelineLoader(new PagedApi(12), Clock.fixed(NOW, ZoneOffset.UTC))
                .load("u", ActivityPeriod.DAY, false, CancelSignal.none());

        assertThat(t.events()).hasSize(12);
        assertThat(t.hasOlder()).isFalse();
        assertThat(t.failures()).hasSize(6).allSatisfy(e -> assertThat(e.failed()).isTrue());
        assertThat(t.shown(false)).hasSize(12);
    }

    @Test
    void failuresOnlyAsksTheActionLogForFailuresAndSkipsTheLoginHistory() throws Exception {
        PagedApi api = new PagedApi(3);
        new TimelineLoader(api, Clock.fixed(NOW, ZoneOffset.UTC)).load("u", ActivityPeriod.WEEK, true, CancelSignal.none());

        assertThat(api.asked).containsExactly("actions 1 PT168H false");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"24h, DAY", "7d, WEEK", "30d, MONTH", "1d, DAY", "7D, WEEK"})
    void periodsParse(String text, ActivityPeriod expected) {
        assertThat(ActivityPeriod.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] -> {1}")
    @CsvSource({"203.0.113.24, 203.0.113.***", "::ffff:192.0.2.1, 192.0.2.***", "2001:db8:85a3::1, 2001:db8:85a3:***",
        "'', ''", "localhost, ***", "'10.0.0.1, 10.0.0.2', ***"})
    void ipAddressesAreMaskedByTheOneRule(String ip, String masked) {
        assertThat(Masking.maskIp(ip)).isEqualTo(masked);
    }
}
