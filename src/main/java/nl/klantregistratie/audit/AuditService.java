package nl.klantregistratie.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.LikePatterns;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log (applicatiebeheer only, docs/decisions/0017): entries newest first, filtered,
 * a page at a time from the database; the users that occur in it; and the export of a filter's
 * entries as CSV, which is itself recorded. Entries are written by {@link AuditRecorder} only.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.SUPPORT_NAME)
public class AuditService {

    private static final int EXPORT_BATCH = 500;
    private static final int MAX_FILTER_TEXT = 100;

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    AuditService(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /** Removes the entries from before the cut-off (retention, for the retention job); returns how many. */
    @Transactional
    public int removeBefore(Instant cutoff) {
        return entityManager
                .createQuery("delete from AuditEntry e where e.occurredAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /** The filter's entries, newest first: from the {@code offset}-th, at most {@code limit}. */
    public List<AuditEntry> search(AuditFilter filter, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry)
                .where(conditions(cb, entry, filter).toArray(Predicate[]::new))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return entityManager
                .createQuery(query)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every username that occurs in the log, in order, the stand-ins for nobody known included. */
    public List<String> usernames() {
        return entityManager
                .createQuery("select distinct e.username from AuditEntry e order by e.username", String.class)
                .getResultList();
    }

    /**
     * Writes the filter's entries, newest first, as CSV for Dutch Excel ({@link AuditCsv}) and records
     * the export; the number of entries written. {@code translate} turns translation keys into the
     * user's language. Reads a batch at a time, so a long log is never held in memory.
     */
    public int export(AuditFilter filter, Function<String, String> translate, OutputStream out) {
        AuditCsv csv = new AuditCsv(translate, out);
        int written = 0;
        @Nullable AuditEntry last = null;
        while (true) {
            List<AuditEntry> batch = batchAfter(filter, last);
            batch.forEach(csv::write);
            written += batch.size();
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
            last = batch.getLast();
            entityManager.clear();
        }
        csv.flush();
        events.publishEvent(AuditEvent.export("Auditlog", written));
        return written;
    }

    /** The next batch in the order of {@link #search}, after the given entry: stable while new entries come in. */
    private List<AuditEntry> batchAfter(AuditFilter filter, @Nullable AuditEntry last) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> conditions = conditions(cb, entry, filter);
        if (last != null) {
            Path<Instant> occurredAt = entry.get("occurredAt");
            conditions.add(cb.or(
                    cb.lessThan(occurredAt, last.getOccurredAt()),
                    cb.and(cb.equal(occurredAt, last.getOccurredAt()), cb.lessThan(entry.get("id"), last.getId()))));
        }
        query.select(entry)
                .where(conditions.toArray(Predicate[]::new))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return entityManager.createQuery(query).setMaxResults(EXPORT_BATCH).getResultList();
    }

    private static List<Predicate> conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            conditions.add(cb.equal(entry.get("username"), filter.username()));
        }
        if (filter.type() != null) {
            conditions.add(cb.equal(entry.get("type"), filter.type()));
        }
        Path<Instant> occurredAt = entry.get("occurredAt");
        if (filter.from() != null) {
            conditions.add(cb.greaterThanOrEqualTo(occurredAt, OfficeTime.startOf(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(cb.lessThan(occurredAt, OfficeTime.endOf(filter.to())));
        }
        if (filter.until() != null) {
            conditions.add(cb.lessThanOrEqualTo(occurredAt, filter.until()));
        }
        @Nullable String text = AuditTexts.clean(filter.text(), MAX_FILTER_TEXT);
        if (text != null) {
            String pattern = LikePatterns.containing(text.toLowerCase(Locale.ROOT));
            Expression<String> subject = cb.lower(entry.get("subject"));
            Expression<String> detail = cb.lower(entry.get("detail"));
            conditions.add(cb.or(
                    cb.like(subject, pattern, LikePatterns.ESCAPE), cb.like(detail, pattern, LikePatterns.ESCAPE)));
        }
        return conditions;
    }
}
