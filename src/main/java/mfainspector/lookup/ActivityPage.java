package mfainspector.lookup;

import java.util.List;

/**
 * One page of a user's activity as one call returned it.
 *
 * @param totalCount the server's total over all pages (the page's size when it did not say)
 * @param events     the page's events, in the order sent
 * @param requestId  the call's request id when the server sent one; empty otherwise
 */
public record ActivityPage(int totalCount, List<ActivityEvent> events, String requestId) {

    public ActivityPage {
        events = List.copyOf(events);
        requestId = requestId == null ? "" : requestId;
    }
}
