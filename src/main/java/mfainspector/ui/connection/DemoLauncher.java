package mfainspector.ui.connection;

import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;

/** Starts the built-in demo tenant (on a background thread) and says how to connect to it. */
public interface DemoLauncher {

    /** Where the demo tenant listens, its sample app's credentials and its user pool's management credentials. */
    record DemoConnection(String host, String appId, Secret appSecret, TokenAuthMethod method, String userPoolId,
                          Secret userPoolSecret) {
    }

    /** Starts the tenant, or returns the running one. Blocks: never call it on the UI thread. */
    DemoConnection start() throws Exception;
}
