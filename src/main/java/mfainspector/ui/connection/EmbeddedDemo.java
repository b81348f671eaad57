package mfainspector.ui.connection;

import java.util.concurrent.CompletableFuture;
import mfainspector.demo.DemoApp;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;

/** The embedded demo tenant on loopback, started on first use (or early, see {@link #startSoon()}) and stopped, for good, with the window. */
public final class EmbeddedDemo implements DemoLauncher, AutoCloseable {

    private final DemoOptions options;
    private DemoTenant tenant;
    private boolean closed;
    private volatile CompletableFuture<DemoConnection> early;

    public EmbeddedDemo(DemoOptions options) {
        this.options = options;
    }

    /**
     * Starts the tenant on a thread of its own now, while the window is still being built, so that
     * the demo profile's fields are filled in as soon as the controls show. A failure here is
     * not reported: {@link #start()} tries again and says why.
     */
    public void startSoon() {
        CompletableFuture<DemoConnection> started = new CompletableFuture<>();
        early = started;
        Thread t = new Thread(() -> {
            try {
                started.complete(start());
            } catch (Exception e) {
                // start() on the profile's own path tries again and reports the failure.
                started.completeExceptionally(e);
            }
        }, "mfa-inspector-demo-start");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public CompletableFuture<DemoConnection> startedEarly() {
        return early;
    }

    @Override
    public synchronized DemoConnection start() throws Exception {
        if (closed) {
            throw new IllegalStateException("the demo tenant was stopped with the window");
        }
        if (tenant == null) {
            tenant = DemoTenant.start(options);
        }
        DemoApp app = tenant.app();
        return new DemoConnection(tenant.baseUrl(), app.appId(), app.appSecret(), app.method(),
                tenant.userPoolId(), tenant.userPoolSecret());
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (tenant != null) {
            tenant.close();
            tenant = null;
        }
    }
}
