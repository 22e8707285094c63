package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * {@code @RolesAllowed} guards the services whatever the caller, and leaves the views to Vaadin's
 * navigation check: a view is the class itself, not a proxy that every navigation builds anew and
 * that authorises each call on it again (docs/benchmarks.md, "Load").
 */
class MethodSecurityTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Test
    void theViewAndItsLayoutAreNoProxies() {
        login(Role.MEDEWERKER);
        navigate("klanten");
        UIInternals internals = UI.getCurrent().getInternals();
        assertThat(internals.getActiveRouterTargetsChain())
                .as("the Klanten list and the main layout, as Vaadin shows them")
                .hasSize(2)
                .allSatisfy(target -> assertThat(AopUtils.isAopProxy(target))
                        .as(target.getClass().getName())
                        .isFalse());
    }

    @Test
    void aServiceRefusesACallerWithoutTheRole() {
        login(Role.MEDEWERKER);
        assertThat(clients.search(ClientSearch.klanten("de"), PageRequest.of(0, 5)))
                .as("ClientService is for medewerkers and up (@RolesAllowed on the class)")
                .isNotNull();
        assertThatThrownBy(() -> clients.removeMergedRecord(-1))
                .as("a support-only method (@RolesAllowed on the method), refused before it runs")
                .isInstanceOf(AuthorizationDeniedException.class);
        logout();
        assertThatThrownBy(() -> clients.search(ClientSearch.klanten("de"), PageRequest.of(0, 5)))
                .as("nobody signed in")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
