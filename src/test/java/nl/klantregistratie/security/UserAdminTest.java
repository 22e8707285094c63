package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetails;

/** User administration in the service: create, roles, deactivate, reset, own password, rules, roles. */
class UserAdminTest extends KaribuTest {

    static final String GOOD_PASSWORD = "Zomer-2026-boot";
    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    UserService users;

    static String uniqueUsername() {
        return "gebruiker" + TestData.uniqueSuffix(RUN.incrementAndGet());
    }

    private AppUser created() {
        login(Role.SUPPORT);
        return users.createUser(uniqueUsername(), "Gerda Gebruiker", Role.MEDEWERKER, GOOD_PASSWORD);
    }

    @Test
    void supportCreatesAnAccountWhoseFirstPasswordMustBeChanged() {
        AppUser user = created();

        assertThat(user.getId()).isNotNull();
        assertThat(user.isPasswordChangeRequired()).isTrue();
        assertThat(user.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(users.passwordMatches(user, GOOD_PASSWORD)).isTrue();
        assertThat(users.loadUserByUsername(user.getUsername()).isEnabled()).isTrue();
    }

    @Test
    void aUsernameIsTakenOnlyOnceWhateverTheCase() {
        AppUser user = created();
        assertThatThrownBy(
                        () -> users.createUser(user.getUsername().toUpperCase(), "X", Role.MEDEWERKER, GOOD_PASSWORD))
                .isInstanceOfSatisfying(UserRefusedException.class, e -> {
                    assertThat(e.getField()).isEqualTo("username");
                    assertThat(e.getMessageKey()).isEqualTo("users.username.taken");
                });
    }

    @Test
    void usernameAndNameAreValidated() {
        login(Role.SUPPORT);
        assertThatThrownBy(() -> users.createUser("met spatie", "", Role.MEDEWERKER, GOOD_PASSWORD))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations())
                                .extracting(v -> v.getPropertyPath().toString())
                                .containsExactlyInAnyOrder("username", "displayName"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "kort-1,                 users.password.tooshort",
        "allemaalletterszonder,  users.password.mix",
        "123456789012345,        users.password.mix",
        "mijn-{user}-wachtwoord, users.password.username",
        "support123,             users.password.tooshort",
        "medewerker123,          users.password.demo"
    })
    void passwordRules(String password, String key) {
        login(Role.SUPPORT);
        String username = uniqueUsername();
        assertThatThrownBy(() -> users.createUser(username, "X", Role.MEDEWERKER, password.replace("{user}", username)))
                .isInstanceOfSatisfying(UserRefusedException.class, e -> {
                    assertThat(e.getField()).isEqualTo("password");
                    assertThat(e.getMessageKey()).isEqualTo(key);
                });
    }

    @Test
    void aDemoPasswordOrAnOverlongOneIsRefused() {
        assertThatThrownBy(() -> PasswordRules.check("medewerker123", "iemand"))
                .isInstanceOfSatisfying(
                        UserRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("users.password.demo"));
        assertThatThrownBy(() -> PasswordRules.check("x".repeat(73) + "1", "iemand"))
                .isInstanceOfSatisfying(
                        UserRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("users.password.toolong"));
        // 71 characters but 106 bytes: more than BCrypt reads, refused with the message, not an error
        assertThatThrownBy(() -> PasswordRules.check("é".repeat(35) + "1" + "é".repeat(35), "iemand"))
                .isInstanceOfSatisfying(
                        UserRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("users.password.toolong"));
    }

    @Test
    void rolesAreChangedBySupport() {
        AppUser user = created();
        users.update(user.getId(), "Gerda Manager", Role.MANAGER);
        assertThat(users.loadUserByUsername(user.getUsername()).getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_MANAGER")
                .doesNotContain("ROLE_SUPPORT");
    }

    @Test
    void supportCannotTakeTheirOwnRoleOrDeactivateThemselves() {
        login(Role.SUPPORT);
        long self = users.findByUsername("support").orElseThrow().getId();
        assertThatThrownBy(() -> users.update(self, "Sanne Support", Role.MEDEWERKER))
                .isInstanceOf(UserRefusedException.class);
        assertThatThrownBy(() -> users.setActive(self, false)).isInstanceOf(UserRefusedException.class);
    }

    @Test
    void theLastActiveSupportAccountCannotBeTakenAway() {
        login(Role.SUPPORT);
        AppUser last = users.createUser(uniqueUsername(), "Laatste Support", Role.SUPPORT, GOOD_PASSWORD);
        List<AppUser> others = users.findAll().stream()
                .filter(u -> u.getRole() == Role.SUPPORT
                        && u.isActive()
                        && !u.getId().equals(last.getId()))
                .toList();
        login(last.getUsername());
        others.forEach(other -> users.setActive(other.getId(), false));
        try {
            // The demo support account is deactivated now, but its session still acts (the race the rule closes).
            login(Role.SUPPORT);
            assertThatThrownBy(() -> users.update(last.getId(), "Laatste Support", Role.MANAGER))
                    .isInstanceOfSatisfying(UserRefusedException.class, e -> {
                        assertThat(e.getField()).isEqualTo("role");
                        assertThat(e.getMessageKey()).isEqualTo("users.lastSupport");
                    });
            assertThatThrownBy(() -> users.setActive(last.getId(), false))
                    .isInstanceOfSatisfying(
                            UserRefusedException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("users.lastSupport"));
            UserDetails stillThere = users.loadUserByUsername(last.getUsername());
            assertThat(stillThere.isEnabled()).isTrue();
            assertThat(stillThere.getAuthorities()).extracting(Object::toString).contains("ROLE_SUPPORT");
        } finally {
            login(last.getUsername());
            others.forEach(other -> users.setActive(other.getId(), true));
        }
    }

    @Test
    void theStartupWayToCreateAccountsIsClosedToSignedInUsers() {
        login(Role.SUPPORT);
        assertThatThrownBy(() -> users.create(uniqueUsername(), "Zonder Regels", "kort", Role.SUPPORT))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aDeactivatedUserCannotSignIn() {
        AppUser user = created();
        users.setActive(user.getId(), false);
        assertThat(users.loadUserByUsername(user.getUsername()).isEnabled()).isFalse();
        users.setActive(user.getId(), true);
        assertThat(users.loadUserByUsername(user.getUsername()).isEnabled()).isTrue();
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextLogin() {
        AppUser user = created();

        users.resetPassword(user.getId(), "Nieuw-wachtwoord-7");

        AppUser reset = users.findByUsername(user.getUsername()).orElseThrow();
        assertThat(reset.isPasswordChangeRequired()).isTrue();
        assertThat(users.passwordMatches(reset, "Nieuw-wachtwoord-7")).isTrue();
    }

    @Test
    void theUserChangesTheirOwnPassword() {
        AppUser user = created();
        login(user.getUsername());

        assertThatThrownBy(() -> users.changeOwnPassword("fout", "Eigen-wachtwoord-9"))
                .isInstanceOfSatisfying(
                        UserRefusedException.class,
                        e -> assertThat(e.getField()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> users.changeOwnPassword(GOOD_PASSWORD, GOOD_PASSWORD))
                .isInstanceOfSatisfying(
                        UserRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("users.password.same"));
        users.changeOwnPassword(GOOD_PASSWORD, "Eigen-wachtwoord-9");

        AppUser changed = users.findByUsername(user.getUsername()).orElseThrow();
        assertThat(changed.isPasswordChangeRequired()).isFalse();
        assertThat(users.passwordMatches(changed, "Eigen-wachtwoord-9")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void onlySupportAdministersUsers(Role role) {
        AppUser user = created();
        login(role);
        assertThatThrownBy(() -> users.createUser(uniqueUsername(), "X", Role.SUPPORT, GOOD_PASSWORD))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.update(user.getId(), "X", Role.SUPPORT))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.setActive(user.getId(), false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(user.getId(), GOOD_PASSWORD))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
