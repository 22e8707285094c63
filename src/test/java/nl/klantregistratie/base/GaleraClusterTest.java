package nl.klantregistratie.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The data layer on a 3-node MariaDB Galera cluster (docs/decisions/0021), as
 * {@code scripts/galera-cluster.sh start} makes it on 127.0.0.1:3311-3313: the migrations run on
 * one node and the schema is there on the others, and a certification conflict (two nodes
 * changing one row at once) reaches the application as the deadlock that {@link LockConflictRetry}
 * tries once more. Skipped when the cluster is not running, except with {@code CI=true}.
 */
@ExtendWith(GaleraClusterTest.ClusterRunning.class)
class GaleraClusterTest {

    static final List<String> NODES = List.of(
            "jdbc:mariadb://127.0.0.1:3311/klantregistratie",
            "jdbc:mariadb://127.0.0.1:3312/klantregistratie",
            "jdbc:mariadb://127.0.0.1:3313/klantregistratie");
    static final String USER = "klantregistratie";
    static final String PASSWORD = "klantregistratie";

    @BeforeAll
    static void migrateOnTheFirstNode() throws SQLException {
        try (Connection first = node(0)) {
            Flyway flyway = Flyway.configure()
                    .dataSource(new SingleConnectionDataSource(first, true))
                    .locations("classpath:db/migration")
                    .placeholders(FlywayDialect.placeholders(true))
                    .cleanDisabled(false)
                    .load();
            flyway.clean();
            flyway.migrate();
            assertThat(flyway.info().all()).extracting(info -> info.getState()).containsOnly(MigrationState.SUCCESS);
        }
    }

    @Test
    void theMigratedSchemaIsOnEveryNode() throws SQLException {
        List<Integer> tables = new ArrayList<>();
        for (int node = 0; node < NODES.size(); node++) {
            try (Connection connection = node(node)) {
                tables.add(new JdbcTemplate(new SingleConnectionDataSource(connection, true))
                        .queryForObject(
                                "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()",
                                Integer.class));
            }
        }
        assertThat(tables.getFirst()).isGreaterThan(10);
        assertThat(tables).as("tables per node").containsOnly(tables.getFirst());
    }

    @Test
    void twoNodesChangingOneRowAtOnceIsADeadlockWorthOneRetry() throws SQLException {
        try (Connection first = node(0);
                Connection second = node(1)) {
            try (Statement insert = first.createStatement()) {
                insert.executeUpdate("INSERT INTO login_throttle (throttle_key, failures, last_failure_at)"
                        + " VALUES ('galera-test', 1, NOW())");
            }
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (Statement one = first.createStatement();
                    Statement two = second.createStatement()) {
                // As the application does (JPA reads, then writes): the read waits until the second
                // node has applied the insert (wsrep_sync_wait = 1 covers reads, not updates), so the
                // second update changes the row rather than finding none and committing nothing.
                try (var seen =
                        two.executeQuery("SELECT failures FROM login_throttle WHERE throttle_key = 'galera-test'")) {
                    assertThat(seen.next())
                            .as("the insert reached the second node")
                            .isTrue();
                }
                assertThat(one.executeUpdate(
                                "UPDATE login_throttle SET failures = 2 WHERE throttle_key = 'galera-test'"))
                        .isEqualTo(1);
                assertThat(two.executeUpdate(
                                "UPDATE login_throttle SET failures = 3 WHERE throttle_key = 'galera-test'"))
                        .isEqualTo(1);
                first.commit();

                Throwable conflict = catchThrowable(second::commit);

                assertThat(conflict).as("the second commit loses certification").isInstanceOf(SQLException.class);
                assertThat(((SQLException) conflict).getErrorCode()).isEqualTo(1213);
                assertThat(LockConflicts.of(conflict)).isEqualTo(LockConflicts.DEADLOCK);
            }
            second.rollback();
            second.setAutoCommit(true);
            try (Statement read = second.createStatement();
                    var result = read.executeQuery(
                            "SELECT failures FROM login_throttle WHERE throttle_key = 'galera-test'")) {
                result.next();
                assertThat(result.getInt(1))
                        .as("the first commit holds on the other node")
                        .isEqualTo(2);
            }
        }
    }

    static Connection node(int index) throws SQLException {
        return DriverManager.getConnection(NODES.get(index) + "?connectTimeout=3000", USER, PASSWORD);
    }

    /** Runs the class when all three nodes answer; skips it otherwise, or fails with {@code CI=true}. */
    static final class ClusterRunning implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            for (int index = 0; index < NODES.size(); index++) {
                try (Connection connection = node(index)) {
                    connection.isValid(3);
                } catch (SQLException e) {
                    String message = "Galera node " + NODES.get(index) + " does not answer (" + e.getMessage()
                            + "); start the cluster with scripts/galera-cluster.sh start";
                    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                        throw new IllegalStateException("CI=true, so the Galera tests must run: " + message, e);
                    }
                    return ConditionEvaluationResult.disabled("Skipped: " + message);
                }
            }
            return ConditionEvaluationResult.enabled("the three Galera nodes answer");
        }
    }
}
