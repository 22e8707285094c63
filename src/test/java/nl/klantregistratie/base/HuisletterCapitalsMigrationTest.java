package nl.klantregistratie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V26 on rows written before it: every huisletter of every address in the registration table
 * becomes a capital, the history (registration_aud) keeps what was stored then.
 */
class HuisletterCapitalsMigrationTest {

    private static final String URL = "jdbc:h2:mem:v26-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void huisletterLowerCaseBecomesCapitals_inTheRegistrationsNotInTheirHistory() throws SQLException {
        // One connection for all: H2 2.4 evaluates a CHECK constraint with the session that created it.
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            DataSource database = new SingleConnectionDataSource(connection, true);
            flyway(database, "24").migrate();
            JdbcTemplate jdbc = new JdbcTemplate(database);
            jdbc.update("""
                    INSERT INTO registration (id, kind, klantnummer, zoeknaam, search_key, created_at, updated_at,
                        personal_achternaam, personal_woonadres_huisletter, personal_correspondentieadres_huisletter)
                    VALUES (1, 'PERSOON', 100001, 'Jong', 'jong', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Jong', 'a', 'b')""");
            jdbc.update("""
                    INSERT INTO registration (id, kind, klantnummer, zoeknaam, search_key, created_at, updated_at,
                        statutaire_naam, vestigingsadres_huisletter, postadres_huisletter)
                    VALUES (2, 'BEDRIJF', 100002, 'Kade', 'kade', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Kade', 'c', 'D')""");
            jdbc.update("""
                    INSERT INTO registration (id, kind, klantnummer, zoeknaam, search_key, created_at, updated_at,
                        personal_achternaam)
                    VALUES (3, 'PERSOON', 100003, 'Smit', 'smit', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Smit')""");
            jdbc.update("INSERT INTO revinfo (id, changed_at, username) VALUES (2, CURRENT_TIMESTAMP, 'medewerker')");
            jdbc.update("""
                    INSERT INTO registration_aud (id, rev, revtype, kind, personal_woonadres_huisletter)
                    VALUES (1, 2, 0, 'PERSOON', 'a')""");

            flyway(database, null).migrate();

            assertThat(jdbc.queryForList("""
                            SELECT personal_woonadres_huisletter AS w, personal_correspondentieadres_huisletter AS c,
                                vestigingsadres_huisletter AS v, postadres_huisletter AS p
                            FROM registration ORDER BY id"""))
                    .extracting(row -> List.of(value(row, "W"), value(row, "C"), value(row, "V"), value(row, "P")))
                    .containsExactly(
                            List.of("A", "B", "-", "-"), List.of("-", "-", "C", "D"), List.of("-", "-", "-", "-"));
            assertThat(jdbc.queryForObject(
                            "SELECT personal_woonadres_huisletter FROM registration_aud WHERE id = 1", String.class))
                    .as("the history keeps what was stored then")
                    .isEqualTo("a");
            jdbc.execute("SHUTDOWN");
        }
    }

    private static String value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? "-" : value.toString();
    }

    /** The migrations up to the target version (all when null), with the placeholders FlywayDialect sets for H2. */
    private static Flyway flyway(DataSource database, @Nullable String target) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .placeholders(FlywayDialect.placeholders(false));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
