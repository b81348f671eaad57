package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The exact list-users request of the coverage report: creation-time range, order, page; made once. */
class ListUsersQueryRequestTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void aRangeIsSentAsAnAdvancedFilterBetweenInEpochMillisecondsWithTheOrder() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{\"totalCount\":1,\"list\":[{\"userId\":\"u1\",\"createdAt\":\"2023-01-01T00:00:00Z\"}]}"));
        Instant from = Instant.parse("2023-01-01T00:00:00Z");
        Instant to = Instant.parse("2023-06-30T23:59:59.999Z");

        var page = client().listUsers(ListUsersQuery.created(from, to, 3, 50), CancelSignal.none());

        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(page.users().get(0).createdAt()).hasValue(from);
        server.takeRequest();
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v3/list-users");
        JsonNode body = new ObjectMapper().readTree(r.getBody().utf8());
        JsonNode filter = body.path("advancedFilter").get(0);
        assertThat(filter.path("field").asText()).isEqualTo("createdAt");
        assertThat(filter.path("operator").asText()).isEqualTo("BETWEEN");
        assertThat(filter.path("value").get(0).asLong()).isEqualTo(from.toEpochMilli());
        assertThat(filter.path("value").get(1).asLong()).isEqualTo(to.toEpochMilli());
        assertThat(body.path("options").path("pagination").path("page").asInt()).isEqualTo(3);
        assertThat(body.path("options").path("pagination").path("limit").asInt()).isEqualTo(50);
        assertThat(body.path("options").path("sort").get(0).path("field").asText()).isEqualTo("createdAt");
        assertThat(body.path("options").path("sort").get(0).path("order").asText()).isEqualTo("asc");
    }

    @Test
    void theWholePoolNewestFirstHasNoFilter() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{\"totalCount\":0,\"list\":[]}"));

        client().listUsers(ListUsersQuery.all(true, 1, 1), CancelSignal.none());

        server.takeRequest();
        JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().utf8());
        assertThat(body.has("advancedFilter")).isFalse();
        assertThat(body.path("options").path("sort").get(0).path("order").asText()).isEqualTo("desc");
    }

    @Test
    void aRateLimitIsNotRetriedHereTheScanPacesIt() {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .body("{\"statusCode\":429,\"message\":\"Too many requests\"}").build());

        assertThatThrownBy(() -> client().listUsers(ListUsersQuery.all(false, 1, 50), CancelSignal.none()))
                .isInstanceOf(GenAuthException.class).satisfies(e -> {
                    assertThat(((GenAuthException) e).category()).isEqualTo(ErrorCategory.RATE_LIMITED);
                    assertThat(((GenAuthException) e).retryAfterSeconds()).hasValue(2);
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void badQueriesAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> ListUsersQuery.all(false, 1, 51)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListUsersQuery.all(false, 0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    private ManagementClient client() {
        return new ManagementClient(fastClient(), credentials(server), Clock.systemUTC());
    }
}
