package nl.klantregistratie.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The MariaDB side of {@link MariaDbTest}: where the test server is, whether it answers, and the
 * clean-then-migrate Flyway strategy.
 *
 * <p>Connection settings come from {@code MARIADB_URL}, {@code MARIADB_USER} and
 * {@code MARIADB_PASSWORD} (a JVM system property of that name wins over the environment variable,
 * exactly as Spring resolves the {@code ${...}} placeholders in {@link MariaDbTest}). Without
 * them: database, user and password {@code klantregistratie_test} on 127.0.0.1:3306, as created by
 * {@code scripts/mariadb-setup.sh}.
 *
 * <p>When the server cannot be reached or refuses the login, MariaDB tests are skipped with the
 * reason; with the environment variable {@code CI=true} they fail instead, so CI never silently
 * skips them.
 */
public final class MariaDbTestSupport {

    public static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/klantregistratie_test";
    public static final String DEFAULT_USER = "klantregistratie_test";
    public static final String DEFAULT_PASSWORD = "klantregistratie_test";

    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;

    private static @Nullable Probe lastProbe;

    private MariaDbTestSupport() {}

    public static String url() {
        return setting("MARIADB_URL", DEFAULT_URL);
    }

    public static String user() {
        return setting("MARIADB_USER", DEFAULT_USER);
    }

    public static String password() {
        return setting("MARIADB_PASSWORD", DEFAULT_PASSWORD);
    }

    /** True when running in CI ({@code CI=true}): then a missing MariaDB is an error, not a skip. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A new JDBC connection to the test database (for assertions the repositories cannot make). */
    public static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        return DriverManager.getConnection(url(), properties);
    }

    /**
     * Null when the test database answers {@code SELECT 1} with the configured login, otherwise why
     * not. Checked once per JVM and setting combination.
     */
    static synchronized @Nullable String unavailableReason() {
        String key = url() + '\u0000' + user() + '\u0000' + password();
        Probe probe = lastProbe;
        if (probe == null || !probe.key().equals(key)) {
            probe = new Probe(key, check());
            lastProbe = probe;
        }
        return probe.failure();
    }

    private static @Nullable String check() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            result.next();
            return null;
        } catch (SQLException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return value != null ? value : defaultValue;
    }

    private record Probe(String key, @Nullable String failure) {}

    /**
     * Skips (or with {@code CI=true} fails) the test class before its Spring context is started
     * when the MariaDB test database cannot be used.
     */
    public static final class AvailableCondition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String failure = unavailableReason();
            if (failure == null) {
                return ConditionEvaluationResult.enabled("MariaDB test database reachable at " + url());
            }
            String message = "MariaDB test database not usable at " + url() + " as user '" + user() + "' ("
                    + failure + "). Start MariaDB and run scripts/mariadb-setup.sh, or set MARIADB_URL, "
                    + "MARIADB_USER and MARIADB_PASSWORD.";
            if (isCi()) {
                throw new IllegalStateException("CI=true, so MariaDB tests must run: " + message);
            }
            return ConditionEvaluationResult.disabled("Skipped: " + message);
        }
    }

    /**
     * Every Spring context of a {@link MariaDbTest} starts from an empty schema: Flyway drops all
     * objects of the test database and applies the migrations again. A {@code @TestConfiguration},
     * so component scanning does not pick it up for other tests.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class CleanSchemaConfiguration {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
