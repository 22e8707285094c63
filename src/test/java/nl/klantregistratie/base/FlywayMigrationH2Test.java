package nl.klantregistratie.base;

import static org.assertj.core.api.Assertions.assertThat;

import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The migrations on in-memory H2, the database of local development and of most tests. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class FlywayMigrationH2Test extends FlywayMigrationTestBase {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }

    @Test
    void demoUsersExist() {
        AppUser support = userService.findByUsername("support").orElseThrow();
        assertThat(support.getRole()).isEqualTo(Role.SUPPORT);
        assertThat(support.getDisplayName()).isEqualTo("Sanne Support");
        assertThat(userService.findByUsername("medewerker"))
                .map(AppUser::getRole)
                .contains(Role.MEDEWERKER);
        assertThat(userService.findByUsername("manager")).map(AppUser::getRole).contains(Role.MANAGER);
    }
}
