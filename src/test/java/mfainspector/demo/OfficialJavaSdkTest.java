package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.authing.sdk.java.client.ManagementClient;
import cn.authing.sdk.java.dto.ApplicationMfaDto;
import cn.authing.sdk.java.dto.GetMapInfoRespDto;
import cn.authing.sdk.java.dto.GetMfaInfoDataDto;
import cn.authing.sdk.java.dto.GetMfaStatusDto;
import cn.authing.sdk.java.dto.GetUserDto;
import cn.authing.sdk.java.dto.GetUserMfaInfoDto;
import cn.authing.sdk.java.dto.ListUsersOptionsDto;
import cn.authing.sdk.java.dto.ListUsersRequestDto;
import cn.authing.sdk.java.dto.PaginationDto;
import cn.authing.sdk.java.dto.UserDto;
import cn.authing.sdk.java.dto.UserMfaRespDto;
import cn.authing.sdk.java.dto.UserMfaSingleRespDto;
import cn.authing.sdk.java.dto.UserPaginatedRespDto;
import cn.authing.sdk.java.dto.UserSingleRespDto;
import cn.authing.sdk.java.enums.LanguageEnum;
import cn.authing.sdk.java.model.ManagementClientOptions;
import cn.hutool.log.LogFactory;
import cn.hutool.log.dialect.jdk.JdkLogFactory;

/**
 * The official GenAuth (Authing) Java SDK, {@code cn.authing:authing-java-sdk} 3.1.9, unchanged,
 * against a demo tenant on a loopback port: its {@code ManagementClient} takes the management
 * token itself (and the user pool id from the token's {@code scoped_userpool_id} claim), then
 * makes every management call the app makes.
 */
class OfficialJavaSdkTest {

    private static final String OTHER_USER_POOL = "0123456789abcdef01234567";

    /** Held here: java.util.logging keeps only weak references, and would forget the level. */
    private static final Logger SDK_LOG = Logger.getLogger("[Authing]");

    private static DemoTenant tenant;
    private static ManagementClient client;

    @BeforeAll
    static void startTenantAndClient() throws Exception {
        // The SDK logs every request body and answer at INFO through Hutool: the token request
        // carries the user pool secret, so its logger stays silent here.
        LogFactory.setCurrentLogFactory(new JdkLogFactory());
        SDK_LOG.setLevel(Level.OFF);
        tenant = DemoTenant.start();
        client = new ManagementClient(options(tenant.userPoolSecret().reveal(), Map.of()));
    }

    @AfterAll
    static void closeTenant() {
        tenant.close();
    }

    static Stream<Arguments> everyUserByEveryIdentifier() {
        List<Function<DemoUser, String[]>> identifiers = List.of(u -> new String[] {"user_id", u.userId()},
                u -> new String[] {"email", u.email()}, u -> new String[] {"phone", u.phone()},
                u -> new String[] {"username", u.username()}, u -> new String[] {"external_id", u.externalId()});
        return tenant.users().stream().flatMap(u -> identifiers.stream().map(id -> id.apply(u))
                .map(id -> Arguments.of(u, id[0], id[1])));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyUserByEveryIdentifier")
    void getUserFindsEachSeededUserByEachIdentifierType(DemoUser user, String type, String value) {
        UserSingleRespDto reply = client.getUser(getUser(value, type));

        assertThat(reply.getStatusCode()).as(reply.getMessage()).isEqualTo(200);
        UserDto u = reply.getData();
        assertThat(u.getUserId()).isEqualTo(user.userId());
        assertThat(u.getUsername()).isEqualTo(user.username());
        assertThat(u.getEmail()).isEqualTo(user.email());
        assertThat(u.getPhone()).isEqualTo(user.phone());
        assertThat(u.getExternalId()).isEqualTo(user.externalId());
    }

    @Test
    void getUserReadsTheSeededFieldsIntoTheSdksTypes() {
        UserDto carol = client.getUser(getUser("carol@example.com", "email")).getData();

        assertThat(carol.getName()).isEqualTo("Carol Nguyen");
        assertThat(carol.getNickname()).isEqualTo("Carol");
        assertThat(carol.getPhoneCountryCode()).isEqualTo("+1");
        assertThat(carol.getExternalId()).isEqualTo("EMP-1003");
        assertThat(carol.getStatus()).isEqualTo(UserDto.Status.ACTIVATED);
        assertThat(carol.getEmailVerified()).isTrue();
        assertThat(carol.getLoginsCount()).isPositive();
        assertThat(carol.getCreatedAt()).startsWith("2025-");
        assertThat(carol.getLastMfaTime()).isNotBlank();
    }

    @Test
    void theLockedUserComesBackSuspended() {
        UserDto frank = client.getUser(getUser("frank", "username")).getData();

        assertThat(frank.getStatus()).isEqualTo(UserDto.Status.SUSPENDED);
    }

    @Test
    void getUserOfAnUnknownUserIsRefusedWith2004() {
        UserSingleRespDto reply = client.getUser(getUser("nobody@example.com", "email"));

        assertThat(reply.getStatusCode()).isEqualTo(404);
        assertThat(reply.getApiCode()).isEqualTo(2004);
        assertThat(reply.getRequestId()).matches("[0-9a-f]{32}");
        assertThat(reply.getData()).isNull();
    }

    @Test
    void listUsersFindsByKeywords() {
        UserPaginatedRespDto reply = client.listUsers(listUsers("example.com", 1, 50));

        assertThat(reply.getStatusCode()).as(reply.getMessage()).isEqualTo(200);
        assertThat(reply.getData().getTotalCount()).isEqualTo(7);
        assertThat(reply.getData().getList()).extracting(UserDto::getUsername)
                .containsExactly("alice", "bob", "carol", "dave", "erin", "frank", "grace");

        UserPaginatedRespDto erin = client.listUsers(listUsers("Schmidt", 1, 10));
        assertThat(erin.getData().getTotalCount()).isEqualTo(1);
        assertThat(erin.getData().getList()).extracting(UserDto::getEmail).containsExactly("erin@example.com");
    }

    @Test
    void listUsersPagesThroughTheResults() {
        List<String> everyone = tenant.users().stream().map(DemoUser::username).toList();
        int lastPage = (everyone.size() + 2) / 3;

        UserPaginatedRespDto second = client.listUsers(listUsers("", 2, 3));
        UserPaginatedRespDto last = client.listUsers(listUsers("", lastPage, 3));

        assertThat(everyone).hasSizeGreaterThan(6).startsWith("alice", "bob", "carol", "dave", "erin", "frank");
        assertThat(second.getData().getTotalCount()).isEqualTo(everyone.size());
        assertThat(second.getData().getList()).extracting(UserDto::getUsername)
                .containsExactly("dave", "erin", "frank");
        assertThat(last.getData().getList()).extracting(UserDto::getUsername)
                .containsExactlyElementsOf(everyone.subList((lastPage - 1) * 3, everyone.size()));
    }

    @Test
    void listUsersWithNoMatchIsEmpty() {
        UserPaginatedRespDto reply = client.listUsers(listUsers("no-such-person", 1, 10));

        assertThat(reply.getStatusCode()).isEqualTo(200);
        assertThat(reply.getData().getTotalCount()).isZero();
        assertThat(reply.getData().getList()).isEmpty();
    }

    @Test
    void getUserMfaInfoTellsWhichTypesAreBound() {
        GetUserMfaInfoDto byUsername = new GetUserMfaInfoDto();
        byUsername.setUserId("alice");
        byUsername.setUserIdType("username");
        UserMfaSingleRespDto reply = client.getUserMfaInfo(byUsername);

        assertThat(reply.getStatusCode()).as(reply.getMessage()).isEqualTo(200);
        UserMfaRespDto alice = reply.getData();
        assertThat(alice.getSmsMfaStatus()).isEqualTo("enabled");
        assertThat(alice.getTotpStatus()).isEqualTo("enabled");
        assertThat(alice.getEmailMfaStatus()).isEqualTo("disabled");
        assertThat(alice.getFaceMfaStatus()).isEqualTo("disabled");

        GetUserMfaInfoDto byId = new GetUserMfaInfoDto();
        byId.setUserId(tenant.user("carol").userId());
        UserMfaRespDto carol = client.getUserMfaInfo(byId).getData();
        assertThat(List.of(carol.getSmsMfaStatus(), carol.getEmailMfaStatus(), carol.getTotpStatus(),
                carol.getFaceMfaStatus())).containsOnly("enabled");
    }

    @Test
    void getUserMfaInfoOfAnUnknownUserIsRefusedWith2004() {
        GetUserMfaInfoDto dto = new GetUserMfaInfoDto();
        dto.setUserId("EMP-9999");
        dto.setUserIdType("external_id");
        UserMfaSingleRespDto reply = client.getUserMfaInfo(dto);

        assertThat(reply.getStatusCode()).isEqualTo(404);
        assertThat(reply.getApiCode()).isEqualTo(2004);
        assertThat(reply.getData()).isNull();
    }

    @Test
    void getUserMfaStatusGivesTheBoundContactsAndTheAppPolicies() {
        GetMfaStatusDto dto = new GetMfaStatusDto();
        dto.setUserId("2025550103");
        dto.setUserIdType("phone");
        GetMapInfoRespDto reply = client.getUserMfaStatus(dto);

        assertThat(reply.getStatusCode()).as(reply.getMessage()).isEqualTo(200);
        GetMfaInfoDataDto carol = reply.getData();
        assertThat(carol.getMfaPhone()).isEqualTo("2025550103");
        assertThat(carol.getMfaPhoneCountryCode()).isEqualTo("+1");
        assertThat(carol.getMfaEmail()).isEqualTo("carol@example.com");
        assertThat(carol.getTotpMfaEnabled()).isTrue();
        assertThat(carol.getFaceMfaEnabled()).isTrue();
        assertThat(carol.getApplicationMfa()).extracting(ApplicationMfaDto::getMfaPolicy)
                .containsExactly("SMS", "EMAIL", "OTP", "FACE");
        assertThat(carol.getApplicationMfa()).extracting(ApplicationMfaDto::getStatus).containsOnly(1);

        GetMfaStatusDto daveDto = new GetMfaStatusDto();
        daveDto.setUserId("dave");
        daveDto.setUserIdType("username");
        GetMfaInfoDataDto dave = client.getUserMfaStatus(daveDto).getData();
        assertThat(dave.getMfaPhone()).isNull();
        assertThat(dave.getMfaEmail()).isNull();
        assertThat(dave.getTotpMfaEnabled()).isFalse();
        assertThat(dave.getFaceMfaEnabled()).isFalse();
    }

    @Test
    void anotherUserPoolIdIsRefusedWith2224OnEveryCall() {
        ManagementClient otherPool = new ManagementClient(options(tenant.userPoolSecret().reveal(),
                Map.of("x-authing-userpool-id", OTHER_USER_POOL)));

        UserSingleRespDto user = otherPool.getUser(getUser("alice", "username"));
        assertThat(user.getStatusCode()).isEqualTo(400);
        assertThat(user.getApiCode()).isEqualTo(2224);
        assertThat(user.getMessage()).startsWith("User pool does not exist");
        assertThat(user.getData()).isNull();

        UserPaginatedRespDto list = otherPool.listUsers(listUsers("alice", 1, 10));
        assertThat(list.getStatusCode()).isEqualTo(400);
        assertThat(list.getApiCode()).isEqualTo(2224);

        GetUserMfaInfoDto mfaInfo = new GetUserMfaInfoDto();
        mfaInfo.setUserId("alice");
        mfaInfo.setUserIdType("username");
        assertThat(otherPool.getUserMfaInfo(mfaInfo).getApiCode()).isEqualTo(2224);

        GetMfaStatusDto mfaStatus = new GetMfaStatusDto();
        mfaStatus.setUserId("alice");
        mfaStatus.setUserIdType("username");
        assertThat(otherPool.getUserMfaStatus(mfaStatus).getApiCode()).isEqualTo(2224);
    }

    @Test
    void aWrongSecretFailsTheTokenRequestWithoutShowingTheSecret() {
        String wrong = "0000000000000000000000000000dead";
        ManagementClient wrongSecret = new ManagementClient(options(wrong, Map.of()));

        assertThatThrownBy(() -> wrongSecret.getUser(getUser("alice", "username")))
                .isInstanceOf(RuntimeException.class)
                // the token request names no language: GenAuth's default, Chinese
                .hasMessage("用户池 ID 或密钥错误")
                .hasMessageNotContaining(wrong);
    }

    private static ManagementClientOptions options(String secret, Map<String, String> headers) {
        ManagementClientOptions options = new ManagementClientOptions();
        options.setHost(tenant.baseUrl());
        options.setAccessKeyId(tenant.userPoolId());
        options.setAccessKeySecret(secret);
        options.setLang(LanguageEnum.ENGLISH);
        options.setHeaders(new HashMap<>(headers));
        return options;
    }

    private static GetUserDto getUser(String userId, String userIdType) {
        GetUserDto dto = new GetUserDto();
        dto.setUserId(userId);
        dto.setUserIdType(userIdType);
        return dto;
    }

    private static ListUsersRequestDto listUsers(String keywords, int page, int limit) {
        PaginationDto pagination = new PaginationDto();
        pagination.setPage(page);
        pagination.setLimit(limit);
        ListUsersOptionsDto options = new ListUsersOptionsDto();
        options.setPagination(pagination);
        ListUsersRequestDto dto = new ListUsersRequestDto();
        dto.setKeywords(keywords);
        dto.setOptions(options);
        return dto;
    }
}
