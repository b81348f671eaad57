import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import cn.authing.sdk.java.client.AuthenticationClient;
import cn.authing.sdk.java.dto.FactorDto;
import cn.authing.sdk.java.dto.FactorToEnrollDto;
import cn.authing.sdk.java.dto.ListEnrolledFactorsRespDto;
import cn.authing.sdk.java.dto.ListFactorsToEnrollRespDto;
import cn.authing.sdk.java.dto.LoginTokenRespDto;
import cn.authing.sdk.java.dto.SignInOptionsDto;
import cn.authing.sdk.java.model.AuthenticationClientOptions;
import cn.hutool.log.LogFactory;
import cn.hutool.log.dialect.jdk.JdkLogFactory;

/**
 * The work of {@code mfa-inspector factors --account NAME --password-stdin}, done with the official
 * GenAuth (Authing) Java SDK, {@code cn.authing:authing-java-sdk} 3.1.9, in a plain JVM: the other
 * side of jlink/factors-benchmark.sh. Compiled by that script with the JDK against the SDK and its
 * own dependencies (as the SDK's pom resolves them), and run as
 *
 *   MFA_INSPECTOR_APP_SECRET=... java -cp CLASSES:SDK_JARS SdkFactorsProbe HOST APP_ID ACCOUNT < password
 *
 * Like the app's command it signs in with the account and password (the PASSWORD connection,
 * {@code client_secret_post}, the same scope), then asks for the user's enrolled factors and the
 * factors the user may still enroll, with the SDK's {@code AuthenticationClient}. It prints what it
 * found the way the app's table names it, so that the script can check both found the same:
 *
 *   factor SMS 6652b8d4f0c3000000000010
 *   factor OTP 6652b8d4f0c3000000000011
 *   2 factors enrolled for alice.
 *   Available to enroll: EMAIL, FACE
 *
 * Any answer but a success ends it with a message on standard error and exit status 1.
 */
public final class SdkFactorsProbe {

    /** The scope the app asks for at sign-in (GenAuthClient.SCOPE), so that both get the same token. */
    private static final String SCOPE = "openid profile email phone offline_access";

    /**
     * The SDK's request log ("[Authing]", through Hutool) writes every request body at INFO, the
     * sign-in's password and app secret among them. Held here: java.util.logging keeps only weak
     * references to loggers, and would forget the level.
     */
    private static final Logger SDK_LOG = Logger.getLogger("[Authing]");

    private SdkFactorsProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java SdkFactorsProbe HOST APP_ID ACCOUNT  (password on standard input,"
                    + " app secret in MFA_INSPECTOR_APP_SECRET)");
            System.exit(2);
        }
        // Before the SDK's first request: its logger is made when its HTTP helper class loads.
        LogFactory.setCurrentLogFactory(new JdkLogFactory());
        SDK_LOG.setLevel(Level.OFF);

        String host = args[0];
        String appId = args[1];
        String account = args[2];
        String secret = System.getenv().getOrDefault("MFA_INSPECTOR_APP_SECRET", "").strip();
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (secret.isEmpty() || password == null || password.isEmpty()) {
            fail("the app secret (MFA_INSPECTOR_APP_SECRET) and the password (standard input) are required");
        }

        AuthenticationClientOptions options = new AuthenticationClientOptions();
        options.setAppHost(host);
        options.setAppId(appId);
        options.setAppSecret(secret); // tokenEndPointAuthMethod: client_secret_post, the SDK's default
        AuthenticationClient client = new AuthenticationClient(options);

        SignInOptionsDto signInOptions = new SignInOptionsDto();
        signInOptions.setScope(SCOPE);
        signInOptions.setPasswordEncryptType(SignInOptionsDto.PasswordEncryptType.NONE);
        LoginTokenRespDto signIn = client.signInByAccountPassword(account, password, signInOptions);
        check("sign-in", signIn == null ? null : signIn.getStatusCode(), signIn == null ? null : signIn.getMessage(),
                signIn != null && signIn.getData() != null && signIn.getData().getAccessToken() != null);
        client.setAccessToken(signIn.getData().getAccessToken());

        ListEnrolledFactorsRespDto enrolled = client.listEnrolledFactors();
        check("list-enrolled-factors", enrolled == null ? null : enrolled.getStatusCode(),
                enrolled == null ? null : enrolled.getMessage(), enrolled != null && enrolled.getData() != null);
        ListFactorsToEnrollRespDto toEnroll = client.listFactorsToEnroll();
        check("list-factors-to-enroll", toEnroll == null ? null : toEnroll.getStatusCode(),
                toEnroll == null ? null : toEnroll.getMessage(), toEnroll != null && toEnroll.getData() != null);

        List<FactorDto> factors = enrolled.getData();
        for (FactorDto f : factors) {
            System.out.println("factor " + (f.getFactorType() == null ? "?" : f.getFactorType().getValue())
                    + " " + f.getFactorId());
        }
        // The app's table words it so too.
        System.out.println(factors.isEmpty() ? "No MFA factors enrolled for " + account + "."
                : factors.size() + (factors.size() == 1 ? " factor" : " factors") + " enrolled for " + account + ".");
        List<FactorToEnrollDto> types = toEnroll.getData();
        System.out.println("Available to enroll: " + (types.isEmpty() ? "none" : types.stream()
                .map(t -> t.getFactorType() == null ? "?" : t.getFactorType().getValue())
                .collect(Collectors.joining(", "))));
    }

    /** A call counts only with statusCode 200 and the data it is for (the SDK returns null when it cannot read the answer). */
    private static void check(String call, Integer statusCode, String message, boolean hasData) {
        if (statusCode == null || statusCode != 200 || !hasData) {
            fail(call + " did not succeed: statusCode=" + statusCode + " message=" + message);
        }
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(1);
    }
}
