package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import mfainspector.demo.TenantCalls.Reply;

/** One demo tenant with default options for all tests of a class, and the check of a refusal. */
abstract class SharedTenantTest {

    static DemoTenant tenant;
    static TenantCalls calls;

    @BeforeAll
    static void startTenant() throws Exception {
        tenant = DemoTenant.start();
        calls = new TenantCalls(tenant);
    }

    @AfterAll
    static void closeTenant() {
        tenant.close();
    }

    /** A refusal in GenAuth's envelope: HTTP 200, the codes, a message, a request id, no data. */
    static void assertRefused(Reply reply, int statusCode, int apiCode) {
        assertThat(reply.httpStatus()).as("HTTP status").isEqualTo(200);
        assertThat(reply.statusCode()).as("statusCode of %s", reply.body()).isEqualTo(statusCode);
        assertThat(reply.apiCode()).as("apiCode of %s", reply.body()).isEqualTo(apiCode);
        assertThat(reply.body().path("requestId").asText()).matches("[0-9a-f]{32}");
        assertThat(reply.message()).isNotBlank();
        assertThat(reply.data().isNull()).isTrue();
    }
}
