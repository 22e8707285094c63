package nl.klantregistratie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** The migrations on a real MariaDB (skipped when none is reachable, except in CI). */
@MariaDbTest
class FlywayMigrationMariaDbTest extends FlywayMigrationTestBase {

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }

    @Test
    void appUserTableIsUtf8mb4() {
        String collation = jdbc.queryForObject("""
                SELECT TABLE_COLLATION FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_user'""", String.class);
        assertThat(collation).as("collation of app_user").startsWith("utf8mb4_");

        List<String> columnCharsets = jdbc.queryForList("""
                SELECT CONCAT(COLUMN_NAME, '=', CHARACTER_SET_NAME) FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_user'
                  AND CHARACTER_SET_NAME IS NOT NULL""", String.class);
        assertThat(columnCharsets)
                .as("text columns of app_user")
                .isNotEmpty()
                .allSatisfy(column -> assertThat(column).endsWith("=utf8mb4"));
    }

    /**
     * What a MariaDB Galera cluster needs (docs/decisions/0021): it replicates InnoDB tables only, and
     * rows of a table without a primary key are applied slowly on the other nodes, or wrongly when
     * they are deleted.
     */
    @Test
    void everyTableIsInnoDbWithAPrimaryKeyAsGaleraNeeds() {
        List<String> tables = jdbc.queryForList("""
                SELECT CONCAT(TABLE_NAME, ' ', ENGINE) FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'""", String.class);
        List<String> withoutPrimaryKey = jdbc.queryForList("""
                SELECT t.TABLE_NAME FROM information_schema.TABLES t
                WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS c
                                  WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME
                                    AND c.CONSTRAINT_TYPE = 'PRIMARY KEY')""", String.class);

        assertThat(tables).as("the tables of the schema").hasSizeGreaterThan(10);
        assertThat(tables)
                .as("engine per table")
                .allSatisfy(table -> assertThat(table).endsWith(" InnoDB"));
        assertThat(withoutPrimaryKey).as("tables without a primary key").isEmpty();
    }

    @Test
    @Transactional
    void findsUserByUsernameIgnoringCase() {
        userService.create("support", "Sanne Support", "een-lang-wachtwoord", Role.SUPPORT);

        assertThat(userService.findByUsername("support")).hasValueSatisfying(user -> {
            assertThat(user.getRole()).isEqualTo(Role.SUPPORT);
            assertThat(user.getDisplayName()).isEqualTo("Sanne Support");
        });
        assertThat(userService.findByUsername("SUPPORT")).isPresent();
    }
}
