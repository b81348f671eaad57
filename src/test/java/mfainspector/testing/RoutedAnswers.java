package mfainspector.testing;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers for a {@code MockWebServer}, queued per path: calls that the app makes at the same time
 * (the two factor lists) each get their own answer whatever order they arrive in. A request with
 * nothing queued for its path gets a 500 whose message says so, so a missing answer shows in the
 * test's failure.
 */
public final class RoutedAnswers extends Dispatcher {

    public static final String SIGN_IN = "/api/v3/signin";
    public static final String ENROLLED = "/api/v3/list-enrolled-factors";
    public static final String TO_ENROLL = "/api/v3/list-factors-to-enroll";

    private final Map<String, BlockingQueue<MockResponse>> queues = new ConcurrentHashMap<>();

    /** Queues {@code answer} for the next request to {@code path}. */
    public RoutedAnswers enqueue(String path, MockResponse answer) {
        queues.computeIfAbsent(path, p -> new LinkedBlockingQueue<>()).add(answer);
        return this;
    }

    /** A sign-in, one SMS factor and nothing to enroll. */
    public RoutedAnswers healthy() {
        return enqueue(SIGN_IN, ServerFault.signedIn()).enqueue(ENROLLED, ServerFault.oneSmsFactor())
                .enqueue(TO_ENROLL, ServerFault.nothingToEnroll());
    }

    /** The answers still queued for {@code path}. */
    public int pending(String path) {
        BlockingQueue<MockResponse> q = queues.get(path);
        return q == null ? 0 : q.size();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        BlockingQueue<MockResponse> q = queues.get(path);
        MockResponse answer = q == null ? null : q.poll();
        return answer != null ? answer
                : ServerFault.json(500, "{\"statusCode\":500,\"message\":\"the test queued no answer for " + path + "\"}");
    }
}
