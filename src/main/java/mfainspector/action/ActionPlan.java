package mfainspector.action;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import mfainspector.factor.PhoneNumber;
import mfainspector.lookup.ManagedUser;

/**
 * An action ready to be confirmed: the request, the user and their state just read. It is settled
 * once, by a confirmation or a cancel; a second confirmation sends nothing.
 */
public final class ActionPlan {

    private final ActionRequest request;
    private final UserState before;
    private final PhoneNumber phone;
    private final AtomicBoolean settled = new AtomicBoolean();

    ActionPlan(ActionRequest request, UserState before, PhoneNumber phone) {
        this.request = Objects.requireNonNull(request, "request");
        this.before = Objects.requireNonNull(before, "before");
        this.phone = phone;
    }

    public ActionRequest request() {
        return request;
    }

    public HelpdeskAction action() {
        return request.action();
    }

    public ManagedUser user() {
        return before.user();
    }

    public UserState before() {
        return before;
    }

    /** The new MFA phone of {@link HelpdeskAction#SET_MFA_PHONE}, else null. */
    PhoneNumber phone() {
        return phone;
    }

    /** True for the first caller only. */
    boolean settle() {
        return settled.compareAndSet(false, true);
    }

    public boolean isSettled() {
        return settled.get();
    }

    /** The word the agent must type to confirm: the username, else the email. */
    public String confirmationWord() {
        ManagedUser u = before.user();
        return u.username().isEmpty() ? u.email() : u.username();
    }

    /** True when {@code typed} is the user's username or email (case aside, spaces around ignored). */
    public boolean confirms(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return false;
        }
        ManagedUser u = before.user();
        return (!u.username().isEmpty() && t.equalsIgnoreCase(u.username()))
                || (!u.email().isEmpty() && t.equalsIgnoreCase(u.email()));
    }

    /** The user as the confirmation names them: their name, and their username when it differs. */
    public String userLabel() {
        ManagedUser u = before.user();
        String name = u.displayName();
        return u.username().isEmpty() || u.username().equals(name) ? name : name + " (" + u.username() + ")";
    }

    /**
     * The arguments of the action's effect sentence ({@code action.<name>.effect}): the user, and
     * the apps signed out of or the new phone or email, masked.
     */
    public Object[] effectArguments() {
        String detail = switch (action()) {
            case SIGN_OUT -> before.signedInApps() == null ? "" : before.signedInApps().stream()
                    .map(LoggedInApp::label).collect(java.util.stream.Collectors.joining(", "));
            case SET_MFA_PHONE -> mfainspector.factor.Masking.maskPhone("+" + phone.countryDigits(), phone.national());
            case SET_MFA_EMAIL -> mfainspector.factor.Masking.maskEmail(request.value());
            default -> "";
        };
        return new Object[] {userLabel(), detail};
    }
}
