package nl.klantregistratie.benchmark;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the last SQL Hibernate prepared, so the benchmark can show (and EXPLAIN) the exact
 * statement behind {@code ClientService.search}. Configured by class name through
 * {@code hibernate.session_factory.statement_inspector}; changes nothing.
 */
public class CapturingStatementInspector implements StatementInspector {

    private static volatile @Nullable String lastSql;

    @Override
    public String inspect(String sql) {
        lastSql = sql;
        return sql;
    }

    static @Nullable String lastSql() {
        return lastSql;
    }
}
