package nl.klantregistratie.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Gebruikers as support staff use it: create, change role, deactivate, reset; errors next to fields. */
class UserAdminViewTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String PASSWORD = "Herfst-2026-fiets";

    @Autowired
    UserService users;

    private static String uniqueUsername() {
        return "kaart" + TestData.uniqueSuffix(RUN.incrementAndGet());
    }

    @SuppressWarnings("unchecked")
    private static Grid<AppUser> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private static void fill(String id, String value) {
        UserInput.setValue(_get(TextField.class, spec -> spec.withId(id)), value);
    }

    @Test
    @SuppressWarnings("unchecked")
    void supportCreatesAUser() {
        login(Role.SUPPORT);
        navigate("gebruikers");
        String username = uniqueUsername();

        _click(_get(Button.class, spec -> spec.withId("users-new")));
        fill("user-username", username);
        fill("user-name", "Kees Kaart");
        UserInput.setValue(_get(Select.class, spec -> spec.withId("user-role")), Role.MANAGER);
        UserInput.setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("user-create")));

        assertThat(_find(UserDialog.class)).isEmpty();
        AppUser created = users.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.MANAGER);
        assertThat(created.isPasswordChangeRequired()).isTrue();
        assertThat(grid().getGenericDataView().getItems().map(AppUser::getUsername))
                .contains(username);
    }

    @Test
    void badInputIsShownInDutchNextToTheFieldAndKept() {
        login(Role.SUPPORT);
        navigate("gebruikers");
        _click(_get(Button.class, spec -> spec.withId("users-new")));

        fill("user-username", "met spatie");
        fill("user-name", "Kees");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        UserInput.setValue(password, "kort");
        _click(_get(Button.class, spec -> spec.withId("user-create")));

        TextField username = _get(TextField.class, spec -> spec.withId("user-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("letters, cijfers");
        assertThat(username.getValue()).isEqualTo("met spatie");

        fill("user-username", uniqueUsername());
        _click(_get(Button.class, spec -> spec.withId("user-create")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 12 tekens hebben.");
        assertThat(password.getValue()).isEqualTo("kort");
        assertThat(_find(UserDialog.class)).hasSize(1);
    }

    @Test
    void supportChangesTheRoleDeactivatesAndResetsThePassword() {
        login(Role.SUPPORT);
        String username = uniqueUsername();
        long id = users.createUser(username, "Kees Kaart", Role.MEDEWERKER, PASSWORD)
                .getId();
        navigate("gebruikers");

        openDialogOf(username);
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withId("user-role"));
        UserInput.setValue(role, Role.MANAGER);
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(users.findByUsername(username).orElseThrow().getRole()).isEqualTo(Role.MANAGER);

        openDialogOf(username);
        _click(_get(Button.class, spec -> spec.withId("user-active-toggle")));
        // asked first: deactivating ends the user's sessions at once
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("user-deactivate-confirm"));
        assertThat(confirm.getElement().getProperty("message")).contains("Kees Kaart (" + username + ")");
        assertThat(users.findByUsername(username).orElseThrow().isActive()).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(users.findByUsername(username).orElseThrow().isActive()).isFalse();
        assertThat(String.join("|", GridKt._getFormattedRow(grid(), rowOf(username))))
                .contains("Nee");

        openDialogOf(username);
        UserInput.setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "Nieuw-2026-wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("user-reset")));
        AppUser reset = users.findByUsername(username).orElseThrow();
        assertThat(users.passwordMatches(reset, "Nieuw-2026-wachtwoord")).isTrue();
        assertThat(reset.isPasswordChangeRequired()).isTrue();
        assertThat(reset.getId()).isEqualTo(id);
    }

    @Test
    void neitherSaveNorResetDropsWhatTheOtherIsFor() {
        login(Role.SUPPORT);
        String username = uniqueUsername();
        users.createUser(username, "Kees Kaart", Role.MEDEWERKER, PASSWORD);
        navigate("gebruikers");
        openDialogOf(username);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        UserInput.setValue(password, "Nieuw-2026-wachtwoord");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withId("user-role"));
        UserInput.setValue(role, Role.MANAGER);

        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("Wachtwoord resetten");
        _click(_get(Button.class, spec -> spec.withId("user-reset")));
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).contains("niet opgeslagen");

        AppUser unchanged = users.findByUsername(username).orElseThrow();
        assertThat(unchanged.getRole()).isEqualTo(Role.MEDEWERKER);
        assertThat(users.passwordMatches(unchanged, PASSWORD)).isTrue();
        assertThat(password.getValue()).as("what was typed stays").isEqualTo("Nieuw-2026-wachtwoord");
    }

    @Test
    void aUserWithAPasswordSetBySupportMustChangeItFirst() {
        login(Role.SUPPORT);
        String username = uniqueUsername();
        users.createUser(username, "Kees Kaart", Role.MEDEWERKER, PASSWORD);
        login(username);

        navigate("klanten");
        assertThat(_find(ChangePasswordView.class)).hasSize(1);

        UserInput.setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), PASSWORD);
        UserInput.setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "Mijn-eigen-2026");
        UserInput.setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "Mijn-eigen-2027");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("password-repeat"));
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");

        UserInput.setValue(repeat, "Mijn-eigen-2026");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        assertThat(_find(ChangePasswordView.class)).isEmpty();
        assertThat(users.findByUsername(username).orElseThrow().isPasswordChangeRequired())
                .isFalse();
        navigate("klanten");
        assertThat(_find(ChangePasswordView.class)).isEmpty();
    }

    private void openDialogOf(String username) {
        GridKt._clickItem(grid(), rowOf(username));
        assertThat(_find(UserDialog.class)).hasSize(1);
    }

    private static int rowOf(String username) {
        Grid<AppUser> grid = grid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).getUsername().equals(username)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + username);
    }
}
