package nl.klantregistratie.history;

import nl.klantregistratie.base.ChangeContext;
import nl.klantregistratie.security.Principals;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills a new revision with the username of the signed-in user, or {@value HistoryEntry#SYSTEM_USER}
 * for work of the application itself: nobody signed in (start-up jobs), or a principal named
 * {@code system:…} (the demo data; a username can hold no colon).
 */
class HistoryRevisionListener implements RevisionListener {

    private static final int MAX_USERNAME = 100;
    /** The principal of work the application does itself under a role, such as the demo data. */
    static final String SYSTEM_PRINCIPAL_PREFIX = "system:";

    @Override
    public void newRevision(Object revisionEntity) {
        HistoryRevision revision = (HistoryRevision) revisionEntity;
        revision.setUsername(currentUsername());
        revision.setReason(ChangeContext.current());
    }

    static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!Principals.isSignedIn(authentication)) {
            return HistoryEntry.SYSTEM_USER;
        }
        String name = authentication.getName();
        if (name == null || name.isBlank() || name.startsWith(SYSTEM_PRINCIPAL_PREFIX)) {
            return HistoryEntry.SYSTEM_USER;
        }
        return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
    }
}
