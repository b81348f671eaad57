package mfainspector.ui.connection;

import java.util.concurrent.CompletableFuture;
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

    /**
     * The start begun before the window's controls were built, if there was one: it completes on
     * the starting thread, without waiting for any queue of background work. Null when the tenant
     * was not started early.
     */
    default CompletableFuture<DemoConnection> startedEarly() {
        return null;
    }
}
