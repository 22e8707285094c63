package nl.klantregistratie.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.boot.internal.EnversService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * History (docs/domain.md R16) for registrations that a bulk statement changed: Envers only sees
 * entities that Hibernate writes one by one, so whoever updates registrations set-based records them
 * here, in the same transaction, right after the update. Each gets a row "changed" in
 * {@code registration_aud} with the values it now holds, in the transaction's own Envers revision
 * (the same revision, user and time as the entity changes Envers writes at commit), exactly as
 * Envers would have written it.
 */
@Component
public class BulkHistory {

    /** Stays well below the parameter limits of both databases. */
    private static final int CHUNK = 1000;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private volatile @Nullable String insert;

    BulkHistory(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** Records the current state of these registrations as changed in this transaction. */
    public void recordChanged(List<Long> registrationIds) {
        if (registrationIds.isEmpty() || !enversEnabled()) {
            return;
        }
        long revision = AuditReaderFactory.get(entityManager)
                .getCurrentRevision(HistoryRevision.class, true)
                .getId();
        entityManager.flush(); // the revision row first: the history rows refer to it
        for (int from = 0; from < registrationIds.size(); from += CHUNK) {
            List<Long> ids = registrationIds.subList(from, Math.min(from + CHUNK, registrationIds.size()));
            Object[] arguments = new Object[ids.size() + 1];
            arguments[0] = revision;
            for (int i = 0; i < ids.size(); i++) {
                arguments[i + 1] = ids.get(i);
            }
            jdbc.update(insert().formatted(String.join(",", Collections.nCopies(ids.size(), "?"))), arguments);
        }
    }

    /** False when the history is switched off ({@code hibernate.integration.envers.enabled=false}). */
    private boolean enversEnabled() {
        return entityManager
                .unwrap(SessionImplementor.class)
                .getFactory()
                .getServiceRegistry()
                .requireService(EnversService.class)
                .isEnabled();
    }

    /**
     * {@code INSERT INTO registration_aud (id, rev, revtype, <columns>) SELECT id, ?, 1, <columns> FROM
     * registration WHERE id IN (%s)}. The history table holds every audited column of registration
     * under the same name (V4__history.sql); the columns are read from the database once, so that a
     * column added to both later is copied without a change here.
     */
    private String insert() {
        String sql = insert;
        if (sql == null) {
            List<String> columns = jdbc.query("SELECT * FROM registration_aud WHERE 1 = 0", result -> {
                var meta = result.getMetaData();
                List<String> names = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    String name = meta.getColumnName(column).toLowerCase(Locale.ROOT);
                    if (!List.of("id", "rev", "revtype").contains(name)) {
                        names.add(name);
                    }
                }
                return names;
            });
            String list = String.join(", ", columns);
            sql = "INSERT INTO registration_aud (id, rev, revtype, " + list + ") SELECT id, ?, 1, " + list
                    + " FROM registration WHERE id IN (%s)";
            insert = sql;
        }
        return sql;
    }
}
