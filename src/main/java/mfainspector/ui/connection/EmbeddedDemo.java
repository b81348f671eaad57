package mfainspector.ui.connection;

import mfainspector.demo.DemoApp;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;

/** The embedded demo tenant on loopback, started on first use and stopped when the app exits. */
public final class EmbeddedDemo implements DemoLauncher, AutoCloseable {

    private final DemoOptions options;
    private DemoTenant tenant;

    public EmbeddedDemo(DemoOptions options) {
        this.options = options;
    }

    @Override
    public synchronized DemoConnection start() throws Exception {
        if (tenant == null) {
            tenant = DemoTenant.start(options);
        }
        DemoApp app = tenant.app();
        return new DemoConnection(tenant.baseUrl(), app.appId(), app.appSecret(), app.method(),
                tenant.userPoolId(), tenant.userPoolSecret());
    }

    @Override
    public synchronized void close() {
        if (tenant != null) {
            tenant.close();
            tenant = null;
        }
    }
}
