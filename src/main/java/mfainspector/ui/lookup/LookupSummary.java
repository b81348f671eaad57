package mfainspector.ui.lookup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import mfainspector.lookup.ManagedUser;
import mfainspector.text.TimeText;
import mfainspector.ui.I18n;
import mfainspector.ui.factors.FactorTypeText;

/**
 * A looked-up user as plain text for a support ticket. Built from masked values only, whatever
 * the Reveal toggle says: a ticket travels further than the agent's screen.
 */
final class LookupSummary {

    private LookupSummary() {
    }

    static String format(I18n i18n, ZoneId zone, ManagedUser user, List<MfaRow> rows, Instant fetchedAt, String ticket) {
        StringBuilder out = new StringBuilder();
        line(out, i18n.get("lookup.summary.title", user.displayName()));
        line(out, i18n.get("factors.ticket.userId", user.userId()));
        if (!user.maskedEmail().isEmpty()) {
            line(out, i18n.get("factors.ticket.email", user.maskedEmail()));
        }
        if (!user.maskedPhone().isEmpty()) {
            line(out, i18n.get("factors.ticket.phone", user.maskedPhone()));
        }
        line(out, i18n.get("lookup.summary.status", StatusText.of(i18n, user.status())));
        line(out, i18n.get("lookup.summary.mfa"));
        for (MfaRow row : rows) {
            String detail = row.maskedDetail().isEmpty() ? "" : " (" + row.maskedDetail() + ")";
            line(out, "- " + FactorTypeText.label(i18n, row.type()) + " [" + row.type().name() + "]: "
                    + i18n.get(row.bindingKey()) + detail);
        }
        if (fetchedAt != null) {
            line(out, i18n.get("factors.ticket.fetchedAt", TimeText.utc(fetchedAt), TimeText.dateTime(fetchedAt, zone)));
        }
        if (!ticket.isEmpty()) {
            line(out, i18n.get("lookup.summary.ticket", ticket));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
