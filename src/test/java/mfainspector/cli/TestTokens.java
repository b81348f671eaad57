package mfainspector.cli;

import mfainspector.demo.DemoTenant;
import mfainspector.genauth.AccountType;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.Secret;

/** A real access token of a demo user, signed in through the client. */
final class TestTokens {

    private TestTokens() {
    }

    static String accessTokenFor(DemoTenant tenant, String username) {
        var app = tenant.app();
        AppConnection conn = new AppConnection(HostAddress.parse(tenant.baseUrl()), app.appId(), app.appSecret(), app.method(), Lang.EN_US);
        try {
            return GenAuthClient.create().signIn(conn, AccountType.USERNAME, username, Secret.of(DemoTenant.DEMO_PASSWORD),
                    CancelSignal.none()).accessToken().reveal();
        } catch (Exception e) {
            throw new AssertionError("demo sign-in failed: " + e.getMessage(), e);
        }
    }
}
