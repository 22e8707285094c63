package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Outside the demo profile: no demo users, no demo passwords, and a safe first account. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ProductionUsersTest {

    @Autowired
    UserService userService;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutTheDemoProfileNoDemoUsersExist() {
        assertThat(context.containsBean("demoUsers")).isFalse();
        assertThat(context.containsBean("demoData")).isFalse();
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            assertThat(userService.findByUsername(demo.username())).isEmpty();
        }
    }

    @Test
    void refusesToStartWhileADemoUserHasItsDemoPassword() {
        userService.create("support", "Sanne Support", "support123", Role.SUPPORT);

        assertThatThrownBy(() -> guard("", "").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo password");
    }

    @Test
    void refusesADemoPasswordForTheInitialUser() {
        assertThatThrownBy(() -> guard("beheer", "manager123").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo password");
        assertThat(userService.hasUsers()).isFalse();
    }

    @Test
    void refusesAShortInitialPassword() {
        assertThatThrownBy(() -> guard("beheer", "kort").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("12");
        assertThat(userService.hasUsers()).isFalse();
    }

    @Test
    void createsTheInitialSupportUserWithAHashedPassword() {
        guard("beheer", "Een-lang-wachtwoord-1").run(new DefaultApplicationArguments());

        AppUser user = userService.findByUsername("beheer").orElseThrow();
        assertThat(user.getRole()).isEqualTo(Role.SUPPORT);
        assertThat(user.getPasswordHash())
                .doesNotContain("Een-lang-wachtwoord-1")
                .startsWith("{bcrypt}");
        assertThat(userService.passwordMatches(user, "Een-lang-wachtwoord-1")).isTrue();
    }

    private ProductionUsers guard(String username, String password) {
        return new ProductionUsers(userService, username, password);
    }
}
