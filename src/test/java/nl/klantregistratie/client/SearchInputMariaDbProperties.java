package nl.klantregistratie.client;

import java.sql.Connection;
import java.sql.SQLException;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.spring.JqwikSpringSupport;
import nl.klantregistratie.test.MariaDbTest;
import nl.klantregistratie.test.MariaDbTestSupport;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The search-input properties of {@link SearchInputProperties} on a real MariaDB, where the LIKE
 * escape, backslashes in string literals and the utf8mb4 collation behave differently from H2.
 *
 * <p>jqwik does not run JUnit Jupiter extensions, so {@link MariaDbTest}'s condition is repeated as a
 * jqwik hook: skipped when the test database cannot be reached, failed instead when {@code CI=true}.
 */
@JqwikSpringSupport
@MariaDbTest
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
@AddLifecycleHook(SearchInputMariaDbProperties.WhenMariaDbAnswers.class)
@PropertyDefaults(tries = 100) // a search costs more over the network: 1-3 s per property
class SearchInputMariaDbProperties extends SearchInputProperties {

    static class WhenMariaDbAnswers implements SkipExecutionHook {

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            try (Connection connection = MariaDbTestSupport.connect()) {
                connection.isValid(3);
                return SkipResult.doNotSkip();
            } catch (SQLException | RuntimeException e) {
                String message = "MariaDB test database not usable at " + MariaDbTestSupport.url() + " ("
                        + e.getMessage() + "). Start MariaDB and run scripts/mariadb-setup.sh.";
                if (MariaDbTestSupport.isCi()) {
                    throw new IllegalStateException("CI=true, so MariaDB tests must run: " + message, e);
                }
                return SkipResult.skip(message);
            }
        }
    }
}
