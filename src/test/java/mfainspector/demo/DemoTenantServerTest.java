package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mfainspector.demo.TenantCalls.Reply;
import mfainspector.genauth.TokenAuthMethod;

class DemoTenantServerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"x-authing-lang, en-US, Wrong account or password", "x-genauth-lang, en-US, Wrong account or password",
            "x-authing-lang, zh-CN, 账号或密码错误", "x-authing-lang, ja-JP, 账号或密码错误"})
    void messagesFollowTheLanguageHeader(String header, String lang, String message) throws Exception {
        try (DemoTenant tenant = DemoTenant.start()) {
            Reply reply = new TenantCalls(tenant).signIn(tenant.app(), "account", "alice", "wrong", header, lang);

            assertThat(reply.message()).isEqualTo(message);
        }
    }

    @Test
    void messagesAreChineseWithoutALanguageHeaderLikeGenAuth() throws Exception {
        try (DemoTenant tenant = DemoTenant.start()) {
            TenantCalls calls = new TenantCalls(tenant);

            assertThat(calls.signIn(tenant.app(), "account", "alice", "wrong").message()).isEqualTo("账号或密码错误");
            assertThat(calls.signIn(tenant.app(), "account", "alice", DemoTenant.DEMO_PASSWORD).message())
                    .isEqualTo("成功");
        }
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws Exception {
        try (DemoTenant tenant = DemoTenant.start()) {
            assertThat(tenant.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(tenant.address().getAddress().isAnyLocalAddress()).isFalse();
            assertThat(tenant.baseUrl()).isEqualTo("http://127.0.0.1:" + tenant.port());
        }
    }

    @Test
    void aSmallCallIsAnsweredInAFewMilliseconds() throws Exception {
        try (DemoTenant tenant = DemoTenant.start()) {
            TenantCalls calls = new TenantCalls(tenant);
            String token = calls.accessToken(tenant.app(), "carol");
            String[] headers = {"x-authing-app-id", tenant.app().appId(), "authorization", token};
            long[] millis = new long[15];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                assertThat(calls.get("/api/v3/list-enrolled-factors", headers).statusCode()).isEqualTo(200);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);

            // With Nagle's algorithm on, each answer waits for a delayed ACK: about 40 ms.
            assertThat(millis[millis.length / 2]).as("median of %s ms", Arrays.toString(millis)).isLessThan(25);
        }
    }

    @Test
    void everyResponseWaitsTheConfiguredDelay() throws Exception {
        try (DemoTenant tenant = DemoTenant.start(DemoOptions.defaults().withResponseDelay(Duration.ofMillis(400)))) {
            long start = System.nanoTime();

            Reply reply = new TenantCalls(tenant).signIn(tenant.app(), "account", "dave", DemoTenant.DEMO_PASSWORD);

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        }
    }

    @Test
    void closingEndsADelayedCallAtOnceFreesThePortAndEndsTheThreads() throws Exception {
        int dispatchersBefore = threadsNamed("HTTP-Dispatcher").size();
        DemoTenant tenant = DemoTenant.start(DemoOptions.defaults().withResponseDelay(Duration.ofSeconds(30)));
        String prefix = tenant.threadNamePrefix();
        // A thread of its own: on two cores the common pool has one thread, which another test may still hold.
        ExecutorService caller = Executors.newSingleThreadExecutor();
        CompletableFuture<Reply> call = CompletableFuture.supplyAsync(() -> new TenantCalls(tenant)
                .signIn(tenant.app(), "account", "alice", DemoTenant.DEMO_PASSWORD), caller);
        caller.shutdown();
        awaitUntil(() -> !threadsNamed(prefix).isEmpty());

        long start = System.nanoTime();
        tenant.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(UncheckedIOException.class);
        assertThat(threadsNamed(prefix)).isEmpty();
        assertThat(threadsNamed("HTTP-Dispatcher")).hasSize(dispatchersBefore);
        try (ServerSocket again = new ServerSocket(tenant.port(), 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(tenant.port());
        }
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        DemoTenant tenant = DemoTenant.start();
        tenant.close();
        tenant.close();

        assertThatThrownBy(() -> new TenantCalls(tenant).signIn(tenant.app(), "account", "alice", "x"))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aTenantStartsOnTheRequestedPort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (DemoTenant tenant = DemoTenant.start(DemoOptions.defaults().withPort(port))) {
            assertThat(tenant.port()).isEqualTo(port);
            assertThat(tenant.baseUrl()).endsWith(":" + port);
        }
    }

    @Test
    void aTakenPortIsRefusedWithAMessageSayingWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> DemoTenant.start(DemoOptions.defaults().withPort(taken.getLocalPort())))
                    .isInstanceOf(BindException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()))
                    .hasMessageContaining("0 for any free one");
        }
    }

    @Test
    void anUnknownPathIsAnHttp404InTheEnvelope() throws Exception {
        try (DemoTenant tenant = DemoTenant.start()) {
            Reply reply = new TenantCalls(tenant).get("/api/v3/get-factor?factorId=1", "x-authing-lang", "en-US");

            assertThat(reply.httpStatus()).isEqualTo(404);
            assertThat(reply.statusCode()).isEqualTo(404);
            assertThat(reply.message()).isEqualTo("No such API: GET /api/v3/get-factor");
        }
    }

    @Test
    void describeListsEverythingNeededToTryTheTenant() throws Exception {
        try (DemoTenant tenant = DemoTenant.start()) {
            String text = String.join("\n", tenant.describe());

            assertThat(text).contains(tenant.baseUrl(), tenant.userPoolId(), tenant.userPoolSecret().reveal(),
                    DemoTenant.DEMO_PASSWORD, "(no secret)");
            for (TokenAuthMethod m : TokenAuthMethod.values()) {
                assertThat(text).contains(m.wireName(), tenant.app(m).appId(), tenant.app(m).appSecret().reveal());
            }
            for (DemoUser u : tenant.users()) {
                assertThat(text).contains(u.username(), u.email(), u.scenario());
            }
        }
    }

    @Test
    void theDefaultAppUsesClientSecretPostAndEachAppHasItsOwnIdAndSecret() throws Exception {
        try (DemoTenant tenant = DemoTenant.start()) {
            assertThat(tenant.app().method()).isEqualTo(TokenAuthMethod.CLIENT_SECRET_POST);
            assertThat(tenant.apps()).extracting(DemoApp::appId).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{24}"));
            assertThat(tenant.app(TokenAuthMethod.CLIENT_SECRET_BASIC).appSecret())
                    .isNotEqualTo(tenant.app().appSecret());
            assertThat(tenant.app(TokenAuthMethod.NONE).appSecret().isEmpty()).isTrue();
        }
    }

    @Test
    void optionsRefuseValuesThatCannotWork() {
        DemoOptions d = DemoOptions.defaults();
        assertThat(d).isEqualTo(new DemoOptions(0, Duration.ofHours(1), Duration.ZERO));
        assertThatThrownBy(() -> d.withPort(70000)).hasMessageContaining("0 (any free port) to 65535");
        assertThatThrownBy(() -> d.withTokenLifetime(Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> d.withResponseDelay(Duration.ofMillis(-1))).hasMessageContaining("negative");
    }

    @Test
    void nothingSecretShowsInTheAppsToString() throws Exception {
        try (DemoTenant tenant = DemoTenant.start()) {
            assertThat(tenant.app().toString()).doesNotContain(tenant.app().appSecret().reveal());
            assertThat(tenant.users().toString()).doesNotContain(DemoTenant.DEMO_PASSWORD);
            assertThat(Map.of("secret", tenant.userPoolSecret()).toString())
                    .doesNotContain(tenant.userPoolSecret().reveal());
        }
    }

    private static List<Thread> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).toList();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 5 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
