package nl.klantregistratie.link;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.history.BulkHistory;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Passes a hoofd's privé gegevens on to its volgers set-based (docs/domain.md R6, R16): one UPDATE of
 * the volgers whose data differs and their history rows in one INSERT … SELECT, instead of loading
 * every volger and letting Hibernate and Envers write them one by one (about ten times faster at
 * 1,000 volgers: docs/benchmarks.md, "Propagation"; docs/decisions/0006-koppelingen.md).
 *
 * <p>What an entity save does, this does too: the version goes up (a volger's card open elsewhere
 * gets "gewijzigd door een ander", R17), {@code updated_at} is set, the zoeknaam and search key follow
 * the new name unless a user typed the zoeknaam, and each changed volger gets its history row.
 * Runs in the caller's transaction; volgers that the transaction had loaded are read again, so that
 * nothing later in it sees their old values.
 */
@Component
class FollowerPropagation {

    /** Stays well below the parameter limits of both databases. */
    private static final int CHUNK = 1000;

    private final EntityManager entityManager;
    private final BulkHistory history;

    FollowerPropagation(EntityManager entityManager, BulkHistory history) {
        this.entityManager = entityManager;
        this.history = history;
    }

    /** Gives every volger of the hoofd these privé gegevens; returns the ids of the volgers that changed. */
    List<Long> propagate(long headId, PersonalData synced) {
        List<Long> changed = new ArrayList<>();
        // A locking read: it sees the volgers as committed now, also one a colleague linked after this
        // transaction's first read (MariaDB's REPEATABLE READ would show the rows as they were then),
        // and keeps them from being linked elsewhere or unlinked until this transaction ends.
        for (Object[] row : entityManager
                .createQuery("select c.id, c.personal from ContactPerson c where c.head.id = :headId", Object[].class)
                .setParameter("headId", headId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (!synced.equals(row[1])) {
                changed.add((Long) row[0]);
            }
        }
        if (changed.isEmpty()) {
            return changed;
        }
        String zoeknaam = Registration.zoeknaamOf(synced.defaultZoeknaam());
        List<Long> updated = new ArrayList<>(changed.size());
        for (int from = 0; from < changed.size(); from += CHUNK) {
            List<Long> ids = changed.subList(from, Math.min(from + CHUNK, changed.size()));
            int count = entityManager
                    .createQuery("""
                    update versioned ContactPerson c
                    set c.personal = :personal, c.updatedAt = :now,
                        c.zoeknaam = case when c.zoeknaamHandmatig = true then c.zoeknaam else :zoeknaam end,
                        c.searchKey = case when c.zoeknaamHandmatig = true then c.searchKey else :searchKey end
                    where c.id in :ids and c.head.id = :headId
                    """)
                    .setParameter("personal", synced)
                    .setParameter("now", Instant.now())
                    .setParameter("zoeknaam", zoeknaam)
                    .setParameter("searchKey", SearchKeys.normalize(zoeknaam))
                    .setParameter("ids", ids)
                    .setParameter("headId", headId)
                    .executeUpdate();
            // Fewer when another transaction ended or moved a link since the select: those keep their values.
            updated.addAll(
                    count == ids.size()
                            ? ids
                            : entityManager
                                    .createQuery(
                                            "select c.id from ContactPerson c where c.id in :ids and c.head.id = :headId",
                                            Long.class)
                                    .setParameter("ids", ids)
                                    .setParameter("headId", headId)
                                    .getResultList());
        }
        history.recordChanged(updated);
        refreshLoaded(updated);
        return updated;
    }

    /** Volgers this transaction had loaded before the UPDATE are read again. */
    private void refreshLoaded(List<Long> ids) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(ContactPerson.class);
        for (Long id : ids) {
            Object loaded = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id, persister));
            if (loaded != null) {
                entityManager.refresh(loaded);
            }
        }
    }
}
