package nl.klantregistratie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every database must show after the Flyway migrations: all applied, none pending or failed,
 * Hibernate's schema validation passed (the context started with {@code ddl-auto=validate}), and
 * the repositories work, also with characters beyond the Basic Multilingual Plane. One subclass
 * per database.
 */
abstract class FlywayMigrationTestBase {

    /** Accents, a ligature-free Turkish name and an emoji: needs real utf8mb4 (4-byte) columns. */
    static final String UNICODE_NAME = "Zoë Çelik-Ğüneş d'Hondt \uD83D\uDE00";

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserService userService;

    /** Product name the JDBC driver reports, e.g. "H2" or "MariaDB". */
    abstract String expectedDatabaseProduct();

    @Test
    void runsAgainstTheExpectedDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void allMigrationsAreAppliedAndNoneIsPendingOrFailed() {
        MigrationInfoService info = flyway.info();
        assertThat(info.all()).as("migrations found by Flyway").isNotEmpty();
        assertThat(info.pending()).as("pending migrations").isEmpty();
        assertThat(info.all())
                .as("every migration applied successfully")
                .extracting(MigrationInfo::getState)
                .containsOnly(MigrationState.SUCCESS);
        assertThat(info.current()).as("current schema version").isNotNull();
        assertThat(info.current().getVersion()).isEqualTo(info.all()[info.all().length - 1].getVersion());
    }

    @Test
    void hibernateValidatesTheSchemaInsteadOfChangingIt() {
        // The context only started if Hibernate found every mapped table and column it expects.
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    @Transactional
    void storesAndFindsAUserThroughTheService() {
        userService.create("migratie-test", UNICODE_NAME, "een-lang-wachtwoord", Role.MANAGER);

        AppUser found = userService.findByUsername("MIGRATIE-TEST").orElseThrow();
        assertThat(found.getRole()).isEqualTo(Role.MANAGER);
        assertThat(found.isActive()).isTrue();
        assertThat(userService.passwordMatches(found, "een-lang-wachtwoord")).isTrue();
        // Read back what the database really stored, past Hibernate's first-level cache.
        assertThat(jdbc.queryForObject(
                        "SELECT display_name FROM app_user WHERE username = ?", String.class, "migratie-test"))
                .isEqualTo(UNICODE_NAME);
    }
}
