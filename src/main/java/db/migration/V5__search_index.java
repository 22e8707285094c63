package db.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the (kind, search_key) index: search by zoeknaam prefix is served by
 * ix_registration_search_key (a range scan in zoeknaam order, the kind filtered on the way), and
 * the composite index tempted the planners into sorting every row of a kind (docs/benchmarks.md).
 * A Java migration only because H2 and MariaDB spell DROP INDEX differently.
 */
public class V5__search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product =
                context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String sql = product.contains("h2")
                ? "DROP INDEX ix_registration_kind_search_key"
                : "DROP INDEX ix_registration_kind_search_key ON registration";
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(sql);
        }
    }
}
