package mfainspector.lookup;

/** What kind of identifier a management look-up names, with the {@code userIdType} the API expects. */
public enum UserIdType {
    USER_ID("user_id"),
    PHONE("phone"),
    EMAIL("email"),
    USERNAME("username"),
    EXTERNAL_ID("external_id");

    private final String wireName;

    UserIdType(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the {@code userIdType} query parameter. */
    public String wireName() {
        return wireName;
    }
}
