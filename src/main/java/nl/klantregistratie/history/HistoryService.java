package nl.klantregistratie.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationEvents;
import nl.klantregistratie.history.HistoryEntry.FieldChange;
import nl.klantregistratie.history.HistoryEntry.Head;
import nl.klantregistratie.history.HistoryEntry.Kind;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the history of a registration (docs/domain.md R16) from what Envers recorded: one entry per
 * revision, newest first, with the kind of change derived from the koppeling (head) and the privé
 * gegevens before and after.
 *
 * <p>Support staff (applicatiebeheer) only, on a card and on the Historie page alike (docs/domain.md,
 * Roles); the BSN is never audited, so it cannot appear here.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.SUPPORT_NAME)
public class HistoryService {

    /** Registrations whose history is removed per statement: well within both databases' limits. */
    private static final int REMOVE_CHUNK = 500;

    /** Rows read per query while a kind filter skips rows. */
    private static final int SEARCH_BATCH = 200;

    private final EntityManager entityManager;
    private final UserService users;

    /** Columns of the history kept when a person is anonymised: what it was, when, linked to which. */
    private static final Set<String> KEPT_WHEN_ANONYMISED =
            Set.of("id", "rev", "revtype", "kind", "klantnummer", "company_id", "head_id");

    private final JdbcClient jdbc;

    HistoryService(EntityManager entityManager, UserService users, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.users = users;
    }

    /**
     * Removes the history of registrations deleted before the cut-off (retention, docs/decisions/0018):
     * all their revisions, and the revisions that then record nothing. Returns how many revisions of
     * registrations were removed. For the retention job.
     */
    @Transactional
    public int removeHistoryOfDeletedBefore(Instant cutoff) {
        List<Long> ids = jdbc.sql("""
                        SELECT DISTINCT a.id FROM registration_aud a JOIN revinfo r ON r.id = a.rev
                        WHERE a.revtype = 2 AND r.changed_at < :cutoff
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .list();
        int removed = 0;
        for (int from = 0; from < ids.size(); from += REMOVE_CHUNK) {
            removed += jdbc.sql("DELETE FROM registration_aud WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(from + REMOVE_CHUNK, ids.size())))
                    .update();
        }
        if (removed > 0) {
            jdbc.sql(
                            "DELETE FROM revinfo WHERE id <> 1 AND NOT EXISTS (SELECT 1 FROM registration_aud a WHERE a.rev = revinfo.id)")
                    .update();
        }
        return removed;
    }

    /**
     * The history of an anonymised person keeps when, by whom and what kind of change, and to which
     * klant-bedrijf and hoofd it was linked; every other column — names, addresses, numbers, masked
     * BSN, notities — is erased in every revision (a column added later is erased too, unless listed
     * as kept). Runs in the anonymisation's transaction.
     */
    @EventListener
    void onAnonymised(RegistrationEvents.Anonymised event) {
        List<String> erased = jdbc.sql("SELECT * FROM registration_aud WHERE 1 = 0")
                .query(result -> {
                    ResultSetMetaData meta = result.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                        if (!KEPT_WHEN_ANONYMISED.contains(column)) {
                            columns.add(column);
                        }
                    }
                    return columns;
                });
        String assignments = erased.stream()
                .map(column -> column + " = "
                        + (column.equals("personal_achternaam") || column.equals("zoeknaam") ? ":name" : "NULL"))
                .collect(Collectors.joining(", "));
        jdbc.sql("UPDATE registration_aud SET " + assignments + " WHERE id = :id")
                .param("name", PersonRegistration.ANONYMISED_NAME)
                .param("id", event.registration().getId())
                .update();
    }

    /**
     * The history of one registration, newest first: one entry per revision that changed it. Also
     * for a deleted registration. Empty when nothing was recorded. A hoofd's history also holds the
     * links, moves and ends of its volgers (to it and away from it), each naming the volger.
     */
    public List<HistoryEntry> historyOf(long registrationId) {
        List<HistoryEntry> entries = new ArrayList<>(ownHistory(registrationId, new HashMap<>()));
        Map<String, Optional<String>> displayNames = new HashMap<>();
        AuditReader reader = AuditReaderFactory.get(entityManager);
        for (long followerId : followersEver(registrationId)) {
            Head follower = latestName(reader, followerId);
            for (HistoryEntry entry : ownHistory(followerId, displayNames)) {
                if (concerns(entry, registrationId)) {
                    entries.add(entry.asFollowerEntry(follower));
                }
            }
        }
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    /** Whether a volger's entry is about this hoofd: linked to it, created linked to it, moved to or from it, ended. */
    private static boolean concerns(HistoryEntry entry, long headId) {
        boolean to = entry.head() != null && entry.head().id() == headId;
        boolean from = entry.previousHead() != null && entry.previousHead().id() == headId;
        return switch (entry.kind()) {
            case LINKED -> to;
            case CREATED -> to;
            case MOVED -> to || from;
            case UNLINKED -> from;
            default -> false;
        };
    }

    /** How a registration is named now, or as last recorded when it was deleted. */
    private static Head latestName(AuditReader reader, long id) {
        List<?> latest = reader.createQuery()
                .forRevisionsOfEntity(Registration.class, true, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (latest.isEmpty()) {
            return new Head(id, null, "");
        }
        Registration state = (Registration) latest.getFirst();
        return new Head(id, state.getKlantnummer(), state.getDisplayName());
    }

    /** The registrations that ever followed this one, from the history itself (deleted ones too). */
    private List<Long> followersEver(long headId) {
        List<?> ids = entityManager
                .createNativeQuery("SELECT DISTINCT id FROM registration_aud WHERE head_id = :head AND id <> :head")
                .setParameter("head", headId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The registration's own revisions, newest first; each names the registration (for its hoofd's history). */
    private List<HistoryEntry> ownHistory(long registrationId, Map<String, Optional<String>> displayNames) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<?> rows = reader.createQuery()
                .forRevisionsOfEntity(Registration.class, false, true)
                .add(AuditEntity.id().eq(registrationId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
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

    /**
     * The history of all registrations, newest first, filtered: from the {@code offset}-th matching
     * change, at most {@code limit}. Each change is named as on the card (its kind derives from the
     * registration's previous state, so the kind filter is applied while reading).
     */
    public List<HistoryRecord> search(HistoryQuery query, long offset, int limit) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        Map<String, Optional<String>> displayNames = new HashMap<>();
        List<HistoryRecord> found = new ArrayList<>(limit);
        // Without a kind filter every row counts: the database skips to the offset. With one, the kind
        // is known only after reading a row and its previous state, so rows are counted while reading.
        boolean everyRowCounts = query.kind() == null;
        long skipped = everyRowCounts ? offset : 0;
        for (int first = everyRowCounts ? Math.toIntExact(offset) : 0; found.size() < limit; first += SEARCH_BATCH) {
            List<?> rows = searchQuery(reader, query)
                    .setFirstResult(first)
                    .setMaxResults(SEARCH_BATCH)
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                Registration state = (Registration) columns[0];
                HistoryRevision revision = (HistoryRevision) columns[1];
                RevisionType type = (RevisionType) columns[2];
                HistoryEntry entry = entry(
                        previousState(reader, state.getId(), revision.getId()), state, revision, type, displayNames);
                if (query.kind() != null && entry.kind() != query.kind()) {
                    continue;
                }
                if (skipped < offset) {
                    skipped++;
                    continue;
                }
                found.add(new HistoryRecord(
                        state.getId(), state.getKlantnummer(), state.getDisplayName(), state.getKind(), false, entry));
                if (found.size() == limit) {
                    return withExistence(found);
                }
            }
            if (rows.size() < SEARCH_BATCH) {
                break;
            }
        }
        return withExistence(found);
    }

    /** The records, each saying whether its registration still exists: one query for the page. */
    private List<HistoryRecord> withExistence(List<HistoryRecord> records) {
        if (records.isEmpty()) {
            return records;
        }
        Set<Long> existing = Set.copyOf(entityManager
                .createQuery("select r.id from Registration r where r.id in :ids", Long.class)
                .setParameter(
                        "ids",
                        records.stream()
                                .map(HistoryRecord::registrationId)
                                .distinct()
                                .toList())
                .getResultList());
        return records.stream()
                .map(r -> new HistoryRecord(
                        r.registrationId(),
                        r.klantnummer(),
                        r.naam(),
                        r.kind(),
                        existing.contains(r.registrationId()),
                        r.entry()))
                .toList();
    }

    /** The office works in Dutch time: a period's days begin and end there. */
    private static AuditQuery searchQuery(AuditReader reader, HistoryQuery query) {
        var audit = reader.createQuery().forRevisionsOfEntity(Registration.class, false, true);
        if (query.username() != null && !query.username().isBlank()) {
            audit.add(
                    AuditEntity.revisionProperty("username").eq(query.username().strip()));
        }
        if (query.from() != null) {
            audit.add(AuditEntity.revisionProperty("changedAt").ge(OfficeTime.startOf(query.from())));
        }
        if (query.to() != null) {
            audit.add(AuditEntity.revisionProperty("changedAt").lt(OfficeTime.endOf(query.to())));
        }
        if (query.klantnummer() != null) {
            audit.add(AuditEntity.property("klantnummer").eq(query.klantnummer()));
        }
        if (query.kind() != null) {
            audit.add(AuditEntity.revisionType()
                    .eq(
                            switch (query.kind()) {
                                case BASELINE, CREATED -> RevisionType.ADD;
                                case DELETED -> RevisionType.DEL;
                                default -> RevisionType.MOD;
                            }));
        }
        return audit.addOrder(AuditEntity.revisionNumber().desc())
                .addOrder(AuditEntity.id().asc());
    }

    /** The registration's state before the given revision, or null when that revision created it. */
    private static @Nullable Registration previousState(AuditReader reader, long registrationId, long revision) {
        List<?> before = reader.createQuery()
                .forRevisionsOfEntity(Registration.class, true, true)
                .add(AuditEntity.id().eq(registrationId))
                .add(AuditEntity.revisionNumber().lt(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return before.isEmpty() ? null : (Registration) before.getFirst();
    }

    private HistoryEntry entry(
            @Nullable Registration previous,
            Registration state,
            HistoryRevision revision,
            RevisionType type,
            Map<String, Optional<String>> displayNames) {
        @Nullable PersonRegistration headBefore = previous == null ? null : head(previous);
        @Nullable PersonRegistration headAfter = head(state);
        @Nullable Long before = idOf(headBefore);
        @Nullable Long after = idOf(headAfter);
        List<FieldChange> changes = type == RevisionType.DEL ? List.of() : HistoryFields.changes(previous, state);
        Kind kind = kind(previous, type, revision, before, after, changes);
        @Nullable
        Head head = switch (kind) {
            case BASELINE, CREATED, LINKED, MOVED, PROPAGATED -> head(headAfter);
            default -> null;
        };
        @Nullable
        Head previousHead = switch (kind) {
            case UNLINKED, MOVED -> head(headBefore);
            default -> null;
        };
        String username = revision.getUsername();
        @Nullable
        String displayName = displayNames
                .computeIfAbsent(username, name -> users.findByUsername(name).map(AppUser::getDisplayName))
                .orElse(null);
        return new HistoryEntry(
                revision.getId(),
                revision.getChangedAt(),
                username,
                displayName,
                revision.getReason(),
                kind,
                head,
                previousHead,
                changes,
                null);
    }

    /** How the change is named: by what happened to the head, else by what changed. */
    private static Kind kind(
            @Nullable Registration previous,
            RevisionType type,
            HistoryRevision revision,
            @Nullable Long headBefore,
            @Nullable Long headAfter,
            List<FieldChange> changes) {
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
    private @Nullable Head head(@Nullable PersonRegistration head) {
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
        return then == null ? new Head(id, null, "") : new Head(id, then.getKlantnummer(), then.getDisplayName());
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
