package nl.klantregistratie.link;

import java.sql.Connection;
import java.sql.SQLException;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.spring.JqwikSpringSupport;
import nl.klantregistratie.test.MariaDbTest;
import nl.klantregistratie.test.MariaDbTestSupport;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The koppeling state machine of {@link LinkStateMachineProperties} on a real MariaDB: its own
 * transaction isolation, locking, sequences and Envers tables.
 *
 * <p>jqwik does not run JUnit Jupiter extensions, so {@link MariaDbTest}'s condition is repeated as a
 * jqwik hook: skipped when the test database cannot be reached, failed instead when {@code CI=true}.
 */
@JqwikSpringSupport
@MariaDbTest
@WithMockUser(username = LinkStateMachineProperties.MEDEWERKER, roles = "MEDEWERKER")
@AddLifecycleHook(LinkStateMachineMariaDbProperties.WhenMariaDbAnswers.class)
class LinkStateMachineMariaDbProperties extends LinkStateMachineProperties {

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
