package nl.klantregistratie.portal;

import java.time.LocalDate;
import nl.klantregistratie.base.OfficeTime;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the portal calls refused before they reach the API (401 without a valid key, 429 over the
 * key's limit): one row per day (Dutch time) and status with a counter, instead of a
 * {@link ApiCall} row per request. Each call adds one with a single UPDATE in a transaction of its
 * own; the day's first refusal inserts the row. When two first refusals race, the loser's INSERT
 * hits the primary key and it counts with the UPDATE after all, on H2 as on MariaDB.
 */
@Component
class RefusedCalls {

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    RefusedCalls(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Removes the counts of the days before this one. */
    void removeBefore(LocalDate day) {
        jdbc.sql("delete from portal_api_refused where refused_on < :day")
                .param("day", day)
                .update();
    }

    /** Counts one refused call today. */
    void count(int status) {
        count(LocalDate.now(OfficeTime.ZONE), status);
    }

    void count(LocalDate day, int status) {
        for (int attempt = 1; ; attempt++) {
            if (added(day, status)) {
                return;
            }
            try {
                ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                                "insert into portal_api_refused (refused_on, status, calls) values (:day, :status, 1)")
                        .param("day", day)
                        .param("status", status)
                        .update());
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException inserted) {
                // another refusal inserted the day's row meanwhile: add to it
                if (attempt == ATTEMPTS) {
                    throw inserted;
                }
            }
        }
    }

    private boolean added(LocalDate day, int status) {
        Integer changed = ownTransaction.execute(tx -> jdbc.sql(
                        "update portal_api_refused set calls = calls + 1 where refused_on = :day and status = :status")
                .param("day", day)
                .param("status", status)
                .update());
        return changed != null && changed > 0;
    }

    /** The calls refused with this status from the first day up to and including the last. */
    long total(int status, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                        select coalesce(sum(calls), 0) from portal_api_refused
                        where status = :status and refused_on between :first and :last
                        """)
                .param("status", status)
                .param("first", first)
                .param("last", last)
                .query(Long.class)
                .single();
    }
}
