package mfainspector.demo;

import java.util.Locale;

/** The tenant's {@code message} texts, in the two languages a caller may ask for. */
enum DemoMessage {
    OK("success", "成功"),
    APP_NOT_FOUND("App does not exist: send the app id in the x-authing-app-id header",
            "应用不存在：请在 x-authing-app-id 请求头中传入应用 ID"),
    CLIENT_AUTH_FAILED("Client authentication failed: check the app secret and that the app's token endpoint"
            + " auth method is %s", "客户端认证失败：请检查应用密钥，以及应用的换取 token 身份验证方式是否为 %s"),
    UNSUPPORTED_CONNECTION("Unsupported connection '%s': this tenant signs in with PASSWORD only",
            "不支持的认证方式 '%s'：此租户仅支持 PASSWORD"),
    WRONG_CREDENTIALS("Wrong account or password", "账号或密码错误"),
    USER_LOCKED("The account is locked: ask an administrator to unlock it", "账号已被锁定，请联系管理员解锁"),
    MFA_REQUIRED("Please complete MFA verification", "请进行 MFA 认证"),
    NOT_LOGGED_IN("Not logged in or the token has expired: sign in again", "尚未登录或登录已过期，请重新登录"),
    WRONG_ACCESS_KEY("Wrong user pool id or secret", "用户池 ID 或密钥错误"),
    USER_POOL_NOT_FOUND("User pool does not exist: send the user pool id in the x-authing-userpool-id header",
            "用户池不存在：请在 x-authing-userpool-id 请求头中传入用户池 ID"),
    SIGNATURE_MALFORMED("Malformed signature: expected authorization: authing <userPoolId>:<signature> and an"
            + " x-authing-signature-nonce header", "签名格式错误：需要 authorization: authing <用户池 ID>:<签名> 以及"
            + " x-authing-signature-nonce 请求头"),
    SIGNATURE_METHOD("Unsupported signature method: use HMAC-SHA1", "不支持的签名方法：请使用 HMAC-SHA1"),
    SIGNATURE_STALE("The date header is missing or more than 15 minutes away from the server's time",
            "date 请求头缺失，或与服务器时间相差超过 15 分钟"),
    SIGNATURE_REPLAYED("This signature nonce was already used", "签名随机数已被使用"),
    SIGNATURE_MISMATCH("Signature verification failed: check the user pool secret", "签名校验失败：请检查用户池密钥"),
    USER_NOT_FOUND("User does not exist", "用户不存在"),
    MISSING_PARAMETER("Missing parameter: %s", "缺少参数：%s"),
    BAD_USER_ID_TYPE("Unsupported userIdType '%s': use user_id, phone, email, username or external_id",
            "不支持的 userIdType '%s'：请使用 user_id、phone、email、username 或 external_id"),
    LIMIT_TOO_LARGE("pagination.limit must be between 1 and 50", "pagination.limit 必须在 1 到 50 之间"),
    BAD_JSON("The request body is not valid JSON", "请求体不是合法的 JSON"),
    NO_SUCH_API("No such API: %s", "接口不存在：%s"),
    INTERNAL_ERROR("Internal error", "服务器内部错误"),

    // --- Pools at scale (coverage report) ---
    DEEP_PAGE("Pages beyond the first %d results are not served: narrow the query with advancedFilter",
            "不支持获取前 %d 条之后的分页：请使用 advancedFilter 缩小查询范围"),
    BAD_FILTER("Unsupported advancedFilter: %s", "不支持的 advancedFilter：%s"),
    TOO_MANY_REQUESTS("Too many requests: slow down and try again", "请求过于频繁，请稍后再试");

    private final String english;
    private final String chinese;

    DemoMessage(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    String format(boolean inEnglish, Object... args) {
        return String.format(Locale.ROOT, inEnglish ? english : chinese, args);
    }
}
