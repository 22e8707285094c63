package nl.klantregistratie.test;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global {@link SecurityContextHolder} at the security-context strategy of
 * the test's own application context before each test. Vaadin gives every application context its
 * own strategy (with its own thread-local) and installs it globally; with several cached test
 * contexts the global one may belong to another context, and a user signed in by the test would be
 * invisible to the services' method security. Runs before Spring Security's {@code @WithMockUser}
 * listener (order 10000). Registered in {@code META-INF/spring.factories}.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
