package mfainspector.ui.lookup;

import java.util.ArrayList;
import java.util.List;
import mfainspector.factor.FactorType;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.UserMfaState;

/**
 * One MFA type of a looked-up user: bound, not bound or unknown, and for SMS and email the MFA
 * phone or address (masked, and in full for the Reveal toggle).
 */
public record MfaRow(FactorType type, Enablement binding, String maskedDetail, String clearDetail) {

    /** The four known types in the factor table's order. */
    static List<MfaRow> of(UserMfaState state) {
        List<MfaRow> rows = new ArrayList<>();
        var s = state.status();
        for (FactorType type : UserMfaState.knownTypes()) {
            String masked = "";
            String clear = "";
            switch (type.kind()) {
                case SMS -> {
                    masked = s.maskedMfaPhone();
                    clear = s.mfaPhone().isEmpty() ? "" : (s.mfaPhoneCountryCode() + " " + s.mfaPhone()).strip();
                }
                case EMAIL -> {
                    masked = s.maskedMfaEmail();
                    clear = s.mfaEmail();
                }
                default -> { }
            }
            rows.add(new MfaRow(type, state.binding(type), masked, clear));
        }
        return rows;
    }

    /** The bundle key of the binding's word: bound, not bound, unknown. */
    String bindingKey() {
        return switch (binding) {
            case ENABLED -> "lookup.mfa.bound";
            case DISABLED -> "lookup.mfa.notBound";
            case UNKNOWN -> "lookup.mfa.unknown";
        };
    }

    /** What the detail column shows. */
    public String detail(boolean reveal) {
        return reveal ? clearDetail : maskedDetail;
    }
}
