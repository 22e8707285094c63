package nl.klantregistratie.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A database the benchmark fills and queries: H2 in memory (as in the tests), or the
 * MariaDB benchmark database {@code klantregistratie_bench} (never the test database, which stays
 * small). MariaDB settings come from {@code BENCH_MARIADB_URL}, {@code BENCH_MARIADB_USER} and
 * {@code BENCH_MARIADB_PASSWORD} (system property or environment variable).
 *
 * @param loadUrl the URL for the bulk load: the same database with batch-friendly driver options
 */
record BenchmarkDatabase(String name, String url, String loadUrl, String user, String password, String driver) {

    static final String DEFAULT_MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/klantregistratie_bench";

    /**
     * In memory: a file database with H2's default cache (as {@code spring-boot:run} uses) spends the
     * benchmark reading pages from disk, since the current query shape scans every klant (see
     * docs/benchmarks.md); it would measure the disk rather than the query.
     */
    static BenchmarkDatabase h2() {
        String url = "jdbc:h2:mem:klantregistratie-benchmark;DB_CLOSE_DELAY=-1";
        return new BenchmarkDatabase("H2", url, url, "sa", "", "org.h2.Driver");
    }

    boolean isInMemory() {
        return url.startsWith("jdbc:h2:mem:");
    }

    /** Frees an in-memory database (it lives until the JVM ends otherwise). */
    void dropIfInMemory() throws SQLException {
        if (isInMemory()) {
            try (Connection connection = connectForLoad();
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    static BenchmarkDatabase mariaDb() {
        String url = setting("BENCH_MARIADB_URL", DEFAULT_MARIADB_URL);
        // One multi-row INSERT per batch entry is sent as is; useBulkStmts lets the driver pipeline the
        // batch. (rewriteBatchedStatements is a MySQL Connector/J option; MariaDB Connector/J 3 has none.)
        String loadUrl = url + (url.contains("?") ? "&" : "?") + "useBulkStmts=true";
        return new BenchmarkDatabase(
                "MariaDB",
                url,
                loadUrl,
                setting("BENCH_MARIADB_USER", "klantregistratie_bench"),
                setting("BENCH_MARIADB_PASSWORD", "klantregistratie_bench"),
                "org.mariadb.jdbc.Driver");
    }

    boolean isMariaDb() {
        return driver.contains("mariadb");
    }

    Connection connectForLoad() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(loadUrl, properties);
    }

    /** Rows in the registration table, or -1 when it does not exist (yet). */
    long registrationCount() {
        try (Connection connection = connectForLoad();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM registration")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The server's version and the settings that matter for these figures. */
    String describeServer() {
        try (Connection connection = connectForLoad();
                Statement statement = connection.createStatement()) {
            String version = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion() + ", driver "
                    + connection.getMetaData().getDriverVersion();
            if (!isMariaDb()) {
                return version;
            }
            StringBuilder settings = new StringBuilder(version);
            try (ResultSet result = statement.executeQuery("""
                    SELECT @@innodb_buffer_pool_size / 1024 / 1024, @@innodb_flush_log_at_trx_commit,
                           @@collation_database""")) {
                result.next();
                settings.append(", innodb_buffer_pool_size ")
                        .append(result.getLong(1))
                        .append(" MB")
                        .append(", innodb_flush_log_at_trx_commit ")
                        .append(result.getString(2))
                        .append(", collation ")
                        .append(result.getString(3));
            }
            return settings.toString();
        } catch (SQLException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return value != null ? value : defaultValue;
    }
}
