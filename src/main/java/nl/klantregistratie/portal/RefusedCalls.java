package nl.klantregistratie.portal;

import java.time.LocalDate;
import nl.klantregistratie.base.CounterRows;
import nl.klantregistratie.base.OfficeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Counts the portal calls refused before they reach the API (401 without a valid key, 429 over the
 * key's limit): one row per day (Dutch time) and status with a counter, instead of a
 * {@link ApiCall} row per request. Each call adds one with a single UPDATE in a transaction of its
 * own; the day's first refusal inserts the row. When two first refusals race, the loser's INSERT
 * hits the primary key and it counts with the UPDATE after all, on H2 as on MariaDB.
 */
@Component
class RefusedCalls {

    private final JdbcClient jdbc;
    private final CounterRows counters;

    RefusedCalls(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.counters = new CounterRows(transactions);
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
        counters.add(
                () -> jdbc.sql(
                                "update portal_api_refused set calls = calls + 1 where refused_on = :day and status = :status")
                        .param("day", day)
                        .param("status", status)
                        .update(),
                () -> jdbc.sql("insert into portal_api_refused (refused_on, status, calls) values (:day, :status, 1)")
                        .param("day", day)
                        .param("status", status)
                        .update());
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
