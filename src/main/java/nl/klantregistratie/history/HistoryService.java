package nl.klantregistratie.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.history.HistoryEntry.FieldChange;
import nl.klantregistratie.history.HistoryEntry.Hoofd;
import nl.klantregistratie.history.HistoryEntry.Kind;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the history of a registration (DOMAIN.md R16) from what Envers recorded: one entry per
 * revision, newest first, with the kind of change derived from the koppeling (head) and the privé
 * gegevens before and after.
 *
 * <p>Reading the history of one card is open to every role (the Historie section is on every
 * card); the BSN is never audited, so it cannot appear here.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.SUPPORT_NAME)
public class HistoryService {

    private final EntityManager entityManager;
    private final UserService users;

    HistoryService(EntityManager entityManager, UserService users) {
        this.entityManager = entityManager;
        this.users = users;
    }

    /**
     * The history of one registration, newest first: one entry per revision that changed it. Also
     * for a deleted registration. Empty when nothing was recorded.
     */
    public List<HistoryEntry> historyOf(long registrationId) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<?> rows = reader.createQuery()
                .forRevisionsOfEntity(Registration.class, false, true)
                .add(AuditEntity.id().eq(registrationId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<String, Optional<String>> displayNames = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        @Nullable Registration previous = null;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Registration state = (Registration) columns[0];
            HistoryRevision revision = (HistoryRevision) columns[1];
            RevisionType type = (RevisionType) columns[2];
            entries.add(entry(previous, state, revision, type, displayNames));
            previous = state;
        }
        Collections.reverse(entries);
        return entries;
    }

    private HistoryEntry entry(@Nullable Registration previous, Registration state, HistoryRevision revision,
            RevisionType type, Map<String, Optional<String>> displayNames) {
        @Nullable PersonRegistration headBefore = previous == null ? null : head(previous);
        @Nullable PersonRegistration headAfter = head(state);
        @Nullable Long before = idOf(headBefore);
        @Nullable Long after = idOf(headAfter);
        List<FieldChange> changes = type == RevisionType.DEL ? List.of() : HistoryFields.changes(previous, state);
        Kind kind = kind(previous, type, revision, before, after, changes);
        @Nullable Hoofd hoofd = switch (kind) {
            case BASELINE, CREATED, LINKED, MOVED, PROPAGATED -> hoofd(headAfter);
            default -> null;
        };
        @Nullable Hoofd previousHoofd = switch (kind) {
            case UNLINKED, MOVED -> hoofd(headBefore);
            default -> null;
        };
        String username = revision.getUsername();
        @Nullable String displayName = displayNames
                .computeIfAbsent(username, name -> users.findByUsername(name).map(AppUser::getDisplayName))
                .orElse(null);
        return new HistoryEntry(revision.getId(), revision.getChangedAt(), username, displayName, kind, hoofd,
                previousHoofd, changes);
    }

    /** How the change is named: by what happened to the head, else by what changed. */
    private static Kind kind(@Nullable Registration previous, RevisionType type, HistoryRevision revision,
            @Nullable Long headBefore, @Nullable Long headAfter, List<FieldChange> changes) {
        if (type == RevisionType.DEL) {
            return Kind.DELETED;
        }
        if (previous == null) {
            return revision.getId() == HistoryRevision.BASELINE ? Kind.BASELINE : Kind.CREATED;
        }
        if (headBefore == null && headAfter != null) {
            return Kind.LINKED;
        }
        if (headBefore != null && headAfter == null) {
            return Kind.UNLINKED;
        }
        if (headBefore != null && !headBefore.equals(headAfter)) {
            return Kind.MOVED;
        }
        if (headAfter != null && HistoryFields.touchesPersonalData(changes)) {
            return Kind.PROPAGATED;
        }
        return Kind.CHANGED;
    }

    private static @Nullable PersonRegistration head(Registration registration) {
        return registration instanceof ContactPerson contact ? contact.getHead() : null;
    }

    /** The hoofd as it was at that revision (Envers loads it on first use); its current state if none was recorded. */
    private @Nullable Hoofd hoofd(@Nullable PersonRegistration head) {
        @Nullable Long id = idOf(head);
        if (head == null || id == null) {
            return null;
        }
        @Nullable Registration then;
        try {
            then = (Registration) Hibernate.unproxy(head);
        } catch (PersistenceException e) { // EntityNotFoundException: no history of that hoofd
            then = null;
        }
        if (then == null) {
            then = entityManager.find(Registration.class, id);
        }
        return then == null ? new Hoofd(id, null, "") : new Hoofd(id, then.getKlantnummer(), then.getDisplayName());
    }

    /** The id of a (possibly lazy) registration, without loading it. */
    static @Nullable Long idOf(@Nullable Registration registration) {
        if (registration == null) {
            return null;
        }
        LazyInitializer lazy = HibernateProxy.extractLazyInitializer(registration);
        return lazy != null ? (Long) lazy.getIdentifier() : registration.getId();
    }
}
