package nl.klantregistratie.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import nl.klantregistratie.shell.AccessDeniedView;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The users page is for SUPPORT only, in the UI and in the service. */
class UsersViewTest extends KaribuTest {

    @Autowired
    UserService userService;

    @Test
    void supportSeesTheStaffAccounts() {
        login(Role.SUPPORT);
        navigate("gebruikers");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(3);
        assertThat(BasicUtilsKt.get_textRecursively(_get(UsersView.class))).contains("Gebruikers");
    }

    @Test
    void openingThePageAgainFromTheMenuShowsAnAccountMadeMeanwhile() {
        login(Role.SUPPORT);
        navigate("gebruikers");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int before = GridKt._size(grid);
        String username = "heropend" + System.nanoTime();
        userService.createUser(username, "Heropend", Role.MEDEWERKER, "heropend-wachtwoord-1");

        navigate("gebruikers");

        Grid<?> again = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._size(again))
                .as("Vaadin keeps the page; it reads the accounts again on entering")
                .isEqualTo(before + 1);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void otherRolesGetTheDutchNoAccessPage(Role role) {
        login(role);
        navigate("gebruikers");

        assertThat(_find(UsersView.class)).isEmpty();
        AccessDeniedView denied = _get(AccessDeniedView.class);
        assertThat(BasicUtilsKt.get_textRecursively(denied)).contains("Geen toegang");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void theServiceRefusesOtherRolesToo(Role role) {
        login(role);
        assertThatThrownBy(() -> userService.findAll()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        navigate("gebruikers");
        assertThat(_find(UsersView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }
}
