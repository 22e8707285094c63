package nl.klantregistratie.kvk;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The KvK queries of each month (table kvk_usage), shared by every instance. A query is reserved
 * before it is sent, in one conditional statement, so two users (or two instances) at the cap
 * cannot both pass it.
 */
@Repository
class KvkUsageCounter {

    private final JdbcClient jdbc;

    KvkUsageCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one query in the month, unless the month has reached the cap; whether it did. */
    boolean reserve(String month, int cap) {
        if (cap <= 0) {
            return false;
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            int counted = jdbc.sql("UPDATE kvk_usage SET queries = queries + 1 WHERE usage_month = ? AND queries < ?")
                    .params(month, cap)
                    .update();
            if (counted == 1) {
                return true;
            }
            if (used(month) > 0) {
                return false; // the month's row exists and stands at the cap
            }
            try {
                jdbc.sql("INSERT INTO kvk_usage (usage_month, queries) VALUES (?, 1)")
                        .params(month)
                        .update();
                return true;
            } catch (DuplicateKeyException e) {
                // another query of the same month inserted it a moment ago: count on that row
            }
        }
        return false;
    }

    int used(String month) {
        return jdbc.sql("SELECT queries FROM kvk_usage WHERE usage_month = ?")
                .params(month)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
