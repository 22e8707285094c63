package nl.klantregistratie.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test (whole application context, mock web environment) against the real MariaDB
 * test database instead of in-memory H2. Put it on a test class instead of {@code @SpringBootTest}
 * and {@code @ActiveProfiles}:
 *
 * <pre>{@code
 * @MariaDbTest
 * class KlantServiceMariaDbTest {
 *     @Autowired KlantService klanten;
 *
 *     @Test
 *     @Transactional // rolls back: the next test class sees no leftovers
 *     void savesAccentedNames() { ... }
 * }
 * }</pre>
 *
 * <ul>
 * <li>Connection from {@code MARIADB_URL}, {@code MARIADB_USER}, {@code MARIADB_PASSWORD} (see
 * {@link MariaDbTestSupport}); the MariaDB JDBC driver; profiles {@code test} and
 * {@code mariadb-test} (no {@code demo}: there are no demo users, create what the test needs).</li>
 * <li>Skipped with the reason when the server is not reachable or refuses the login; fails instead
 * when the environment variable {@code CI=true}.</li>
 * <li>Each Spring context starts on a clean schema (Flyway clean, then migrate). Spring caches the
 * context, so all test classes with this annotation and nothing else context-changing (no extra
 * {@code @MockitoBean}, properties or profiles) share one context and one schema: roll back with
 * {@code @Transactional} or clean up what a test stores, and use unique names.</li>
 * <li>Only one test JVM can use the test database at a time: a second one starting a context
 * cleans the schema under the first.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MariaDbTestSupport.AvailableCondition.class)
@SpringBootTest(
        properties = {
            "spring.datasource.url=${MARIADB_URL:" + MariaDbTestSupport.DEFAULT_URL + "}",
            "spring.datasource.username=${MARIADB_USER:" + MariaDbTestSupport.DEFAULT_USER + "}",
            "spring.datasource.password=${MARIADB_PASSWORD:" + MariaDbTestSupport.DEFAULT_PASSWORD + "}",
            "spring.datasource.driver-class-name=org.mariadb.jdbc.Driver",
            "spring.datasource.hikari.maximum-pool-size=4",
            "klantregistratie.lock-timeout-seconds=2",
            "spring.datasource.hikari.connection-init-sql="
                    + "SET SESSION innodb_lock_wait_timeout = ${klantregistratie.lock-timeout-seconds}",
            "spring.flyway.clean-disabled=false"
        })
@ActiveProfiles({"test", "mariadb-test"})
@Import(MariaDbTestSupport.CleanSchemaConfiguration.class)
public @interface MariaDbTest {}
