package mfainspector.ui.factors;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.text.TimeText;
import mfainspector.ui.I18n;

/**
 * The plain text an agent pastes into a support ticket. Built from masked values only, whatever
 * the reveal switch says: a ticket travels further than the agent's screen. Times to the second.
 */
final class TicketSummary {

    private TicketSummary() {
    }

    static String format(I18n i18n, ZoneId zone, UserSummary revealed, List<Factor> enrolled,
                         List<FactorType> toEnroll, Instant fetchedAt) {
        UserSummary user = revealed.masked();
        StringBuilder out = new StringBuilder();
        line(out, i18n.get("factors.ticket.title", user.displayName().isEmpty() ? "-" : user.displayName()));
        if (!user.subject().isEmpty()) {
            line(out, i18n.get("factors.ticket.userId", user.subject()));
        }
        if (!user.email().isEmpty()) {
            line(out, i18n.get("factors.ticket.email", user.email()));
        }
        if (!user.phone().isEmpty()) {
            line(out, i18n.get("factors.ticket.phone", user.phone()));
        }
        line(out, i18n.get("factors.ticket.fetchedAt",
                TimeText.utc(fetchedAt), TimeText.dateTime(fetchedAt, zone)));
        if (enrolled.isEmpty()) {
            line(out, i18n.get("factors.ticket.none"));
        } else {
            line(out, i18n.get("factors.ticket.enrolled", enrolled.size()));
            for (Factor f : enrolled) {
                String detail = f.maskedDetail().isEmpty() ? "" : ": " + f.maskedDetail();
                line(out, "- " + FactorTypeText.label(i18n, f.type()) + " [" + f.type().name() + "]" + detail
                        + " (" + i18n.get("factors.ticket.factorId", f.factorId()) + ")");
            }
        }
        String available = toEnroll.stream().map(FactorType::name).collect(Collectors.joining(", "));
        line(out, i18n.get("factors.ticket.toEnroll", available.isEmpty() ? "-" : available));
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
