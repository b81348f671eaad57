package mfainspector.demo;

/**
 * A refusal the tenant answers with GenAuth's envelope: HTTP 200, the real status in
 * {@code statusCode}, the reason in {@code apiCode} (0 = none) and a translated message.
 */
final class DemoFailure extends RuntimeException {

    final int statusCode;
    final int apiCode;
    final DemoMessage text;
    final transient Object[] args;

    DemoFailure(int statusCode, int apiCode, DemoMessage text, Object... args) {
        super(text.name(), null, false, false);
        this.statusCode = statusCode;
        this.apiCode = apiCode;
        this.text = text;
        this.args = args;
    }

    static DemoFailure badRequest(DemoMessage text, Object... args) {
        return new DemoFailure(400, 0, text, args);
    }

    static DemoFailure notLoggedIn() {
        return new DemoFailure(401, 2020, DemoMessage.NOT_LOGGED_IN);
    }
}
