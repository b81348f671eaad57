package mfainspector.ui.lookup;

import java.io.IOException;
import java.util.List;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.ManagementApi;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserPage;

/**
 * The calls of one look-up, on a background thread, each ending with one line in the lookup log
 * (also when it failed): the log records who looked, not only who was found.
 */
final class LookupSearch {

    /** One look-up's calls against {@code api}. */
    interface Work {
        Done run(LookupTarget target, ManagementApi api, CancelSignal cancel) throws GenAuthException;
    }

    /** The result or the failure, and why the log could not be written (null when it was). */
    record Done(LookupResult result, GenAuthException error, String logProblem) {
    }

    private final LookupLog log;

    LookupSearch(LookupLog log) {
        this.log = log;
    }

    /** One user by {@code id}; a username nobody has is searched as keywords when {@code keywordFallback}. */
    Done lookUp(LookupTarget t, ManagementApi api, Identifier id, boolean keywordFallback, String ticket, CancelSignal cancel) {
        try {
            return noted(t, id, ticket, card(api, api.getUser(id.type(), id.value(), cancel), cancel));
        } catch (GenAuthException e) {
            if (keywordFallback && e.category() == ErrorCategory.NOT_FOUND) {
                return keywords(t, api, id, e, ticket, cancel);
            }
            return failed(t, id, ticket, e);
        }
    }

    /** Every user matching {@code keywords}: several give a pick list, one gives the card. */
    Done keywords(LookupTarget t, ManagementApi api, String keywords, String ticket, CancelSignal cancel) {
        GenAuthException none = GenAuthException.builder(ErrorCategory.NOT_FOUND).detail("no user matches the keywords").build();
        return keywords(t, api, Identifier.of(UserIdType.USERNAME, keywords), none, ticket, cancel);
    }

    /** The MFA state of a user chosen from the pick list, by their user id. */
    Done picked(LookupTarget t, ManagementApi api, ManagedUser user, String ticket, CancelSignal cancel) {
        Identifier id = Identifier.of(UserIdType.USER_ID, user.userId());
        try {
            return noted(t, id, ticket, card(api, user, cancel));
        } catch (GenAuthException e) {
            return failed(t, id, ticket, e);
        }
    }

    private Done keywords(LookupTarget t, ManagementApi api, Identifier id, GenAuthException none, String ticket,
                          CancelSignal cancel) {
        try {
            UserPage page = api.listUsers(id.value(), 1, ManagementApi.MAX_PAGE_SIZE, cancel);
            if (page.users().isEmpty()) {
                throw none;
            }
            LookupResult r = page.users().size() == 1 ? card(api, page.users().get(0), cancel)
                    : new LookupResult(null, null, page.users());
            return noted(t, id, ticket, r);
        } catch (GenAuthException e) {
            return failed(t, id, ticket, e);
        }
    }

    private static LookupResult card(ManagementApi api, ManagedUser user, CancelSignal cancel) throws GenAuthException {
        return new LookupResult(user, api.getMfaState(UserIdType.USER_ID, user.userId(), cancel), List.of());
    }

    private Done noted(LookupTarget t, Identifier id, String ticket, LookupResult r) {
        return new Done(r, null, note(t, id, ticket, r.user() != null ? LookupOutcome.found() : LookupOutcome.severalMatches()));
    }

    private Done failed(LookupTarget t, Identifier id, String ticket, GenAuthException e) {
        return new Done(null, e, note(t, id, ticket, LookupOutcome.failed(e.category())));
    }

    /** Appends the line; a log that cannot be written must not hide the answer, so it only comes back as a problem. */
    private String note(LookupTarget t, Identifier id, String ticket, LookupOutcome outcome) {
        try {
            log.append(t.profileName(), id, outcome, ticket);
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
