package mfainspector.genauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mfainspector.demo.DemoApp;
import mfainspector.demo.DemoTenant;
import mfainspector.demo.DemoUser;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.factor.Masking;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.IdentifierGuess;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaState;
import mfainspector.lookup.UserPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The management client against the real demo tenant over loopback. */
class ManagementDemoTenantTest {

    private static DemoTenant tenant;
    private static ManagementClient client;
    private static GenAuthClient authClient;

    @BeforeAll
    static void startTenant() throws Exception {
        tenant = DemoTenant.start();
        authClient = GenAuthClient.create();
        client = ManagementClient.over(authClient, credentials(tenant.userPoolSecret()));
    }

    @AfterAll
    static void closeTenant() {
        tenant.close();
    }

    private static ManagementCredentials credentials(Secret poolSecret) {
        return new ManagementCredentials(HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(), poolSecret,
                Lang.EN_US);
    }

    static Stream<Arguments> everyUserByEveryIdentifier() throws Exception {
        try (DemoTenant seed = DemoTenant.start()) {
            return seed.users().stream().flatMap(u -> Stream.of(
                    Arguments.of(u.username(), UserIdType.USER_ID, u.userId()),
                    Arguments.of(u.username(), UserIdType.EMAIL, u.email()),
                    Arguments.of(u.username(), UserIdType.PHONE, u.phone()),
                    Arguments.of(u.username(), UserIdType.PHONE, u.phoneCountryCode() + u.phone()),
                    Arguments.of(u.username(), UserIdType.USERNAME, u.username()),
                    Arguments.of(u.username(), UserIdType.EXTERNAL_ID, u.externalId())));
        }
    }

    @ParameterizedTest(name = "{0} by {1} {2}")
    @MethodSource("everyUserByEveryIdentifier")
    void everySeededUserIsFoundByEachIdentifierType(String username, UserIdType type, String value) throws Exception {
        DemoUser seeded = tenant.user(username);

        ManagedUser u = client.getUser(type, value, CancelSignal.none());

        assertThat(u.userId()).isEqualTo(seeded.userId());
        assertThat(u.username()).isEqualTo(username);
        assertThat(u.email()).isEqualTo(seeded.email());
        assertThat(u.phone()).isEqualTo(seeded.phone());
        assertThat(u.phoneCountryCode()).isEqualTo(seeded.phoneCountryCode());
        assertThat(u.externalId()).isEqualTo(seeded.externalId());
        assertThat(u.status()).isEqualTo(seeded.status());
        assertThat(u.createdAt()).hasValue(seeded.createdAt());
        assertThat(u.lastLogin()).isPresent();
    }

    @Test
    void whatTheSearchBoxRecognisesFindsTheUser() throws Exception {
        DemoUser carol = tenant.user("carol");
        for (String typed : List.of(carol.email(), "+1 " + carol.phone().substring(0, 3) + "-" + carol.phone().substring(3),
                carol.userId(), carol.username())) {
            Identifier id = IdentifierGuess.identify(typed);
            assertThat(client.getUser(id.type(), id.value(), CancelSignal.none()).userId()).as(id.toString())
                    .isEqualTo(carol.userId());
        }
    }

    @Test
    void listUsersFindsByKeywordAndPages() throws Exception {
        UserPage carol = client.listUsers("carol", 1, 10, CancelSignal.none());
        assertThat(carol.totalCount()).isEqualTo(1);
        assertThat(carol.users()).extracting(ManagedUser::username).containsExactly("carol");

        UserPage all = client.listUsers("example.com", 1, ManagementApi.MAX_PAGE_SIZE, CancelSignal.none());
        long onExampleCom = tenant.users().stream().filter(u -> u.email().endsWith("example.com")).count();
        assertThat(all.totalCount()).isEqualTo(onExampleCom);
        UserPage second = client.listUsers("example.com", 2, 3, CancelSignal.none());
        assertThat(second.totalCount()).isEqualTo(onExampleCom);
        assertThat(second.users()).extracting(ManagedUser::userId)
                .containsExactlyElementsOf(all.users().subList(3, 6).stream().map(ManagedUser::userId).toList());
    }

    static Stream<String> usernames() throws Exception {
        try (DemoTenant seed = DemoTenant.start()) {
            return seed.users().stream().map(DemoUser::username).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usernames")
    void mfaStateShowsTheKnownTypesTheUsersOwnSignInShows(String username) throws Exception {
        DemoUser seeded = tenant.user(username);

        UserMfaState state = client.getMfaState(UserIdType.EMAIL, seeded.email(), CancelSignal.none());

        Set<FactorType> enrolled = seeded.signIn() == DemoUser.SignInOutcome.SIGNS_IN
                ? knownTypes(signInAndListFactors(seeded))
                : knownTypes(seeded.factors());
        assertThat(state.boundTypes()).isEqualTo(enrolled);
        for (FactorType type : UserMfaState.knownTypes()) {
            assertThat(state.binding(type)).as(type.name())
                    .isEqualTo(enrolled.contains(type) ? Enablement.ENABLED : Enablement.DISABLED);
        }
        assertThat(state.status().maskedMfaPhone()).isEqualTo(enrolled.contains(FactorType.SMS)
                ? Masking.maskPhone(seeded.phoneCountryCode(), seeded.phone()) : "");
        assertThat(state.applicationMfa()).isNotEmpty();
    }

    @Test
    void anUnknownUserIsNotFoundForEveryCall() {
        for (UserIdType type : UserIdType.values()) {
            GenAuthException e = ApiFixtures.failure(() -> client.getUser(type, "nobody+x@example.com", CancelSignal.none()));
            assertThat(e.category()).as(type.name()).isEqualTo(ErrorCategory.NOT_FOUND);
            assertThat(e.requestId()).isPresent();
        }
        assertThat(ApiFixtures.failure(() -> client.getUserMfaInfo(UserIdType.PHONE, "+12025550199",
                CancelSignal.none())).category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(ApiFixtures.failure(() -> client.getMfaStatus(UserIdType.USERNAME, "nobody",
                CancelSignal.none())).category()).isEqualTo(ErrorCategory.NOT_FOUND);
    }

    @Test
    void aWrongPoolSecretIsAppMisconfiguredAndNamesNoSecret() {
        Secret wrong = Secret.of("not-the-pool-secret-4d1f");
        ManagementClient wrongClient = ManagementClient.over(authClient, credentials(wrong));

        GenAuthException e = ApiFixtures.failure(() -> wrongClient.getUser(UserIdType.USERNAME, "alice",
                CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.APP_MISCONFIGURED);
        assertThat(e.getMessage()).doesNotContain(wrong.reveal(), tenant.userPoolSecret().reveal());
    }

    private static List<Factor> signInAndListFactors(DemoUser user) throws GenAuthException {
        DemoApp app = tenant.app();
        AppConnection connection = new AppConnection(HostAddress.parse(tenant.baseUrl()), app.appId(), app.appSecret(),
                app.method(), Lang.EN_US);
        Tokens tokens = authClient.signIn(connection, AccountType.USERNAME, user.username(),
                Secret.of(DemoTenant.DEMO_PASSWORD), CancelSignal.none());
        return authClient.listEnrolledFactors(connection, tokens.accessToken(), CancelSignal.none());
    }

    private static Set<FactorType> knownTypes(List<Factor> factors) {
        return factors.stream().map(Factor::type).filter(FactorType::isKnown).collect(Collectors.toSet());
    }
}
