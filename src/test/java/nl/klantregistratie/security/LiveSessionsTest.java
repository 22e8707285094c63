package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/** Deactivating an account or changing its role expires its signed-in sessions; others keep theirs. */
class LiveSessionsTest extends KaribuTest {

    @Autowired
    UserService users;

    @Autowired
    SessionRegistry registry;

    private AppUser signedIn(String sessionId) {
        login(Role.SUPPORT);
        AppUser user = users.createUser(
                UserAdminTest.uniqueUsername(), "Sessie", Role.MEDEWERKER, UserAdminTest.GOOD_PASSWORD);
        registry.registerNewSession(sessionId, users.loadUserByUsername(user.getUsername()));
        return user;
    }

    @Test
    void deactivationExpiresTheUsersSessionsOnly() {
        AppUser user = signedIn("sessie-a-" + System.nanoTime());
        AppUser other = signedIn("sessie-b-" + System.nanoTime());

        users.setActive(user.getId(), false);

        assertThat(sessionsExpired(user)).isTrue();
        assertThat(sessionsExpired(other)).isFalse();
    }

    @Test
    void aRoleChangeExpiresTheSessionsSoTheNewRoleApplies() {
        AppUser user = signedIn("sessie-c-" + System.nanoTime());
        users.update(user.getId(), "Sessie", Role.MEDEWERKER);
        assertThat(sessionsExpired(user)).as("same role: nothing ends").isFalse();

        users.update(user.getId(), "Sessie", Role.MANAGER);

        assertThat(sessionsExpired(user)).isTrue();
    }

    @Test
    void aPasswordResetExpiresTheUsersSessions() {
        AppUser user = signedIn("sessie-d-" + System.nanoTime());

        users.resetPassword(user.getId(), "Nieuw-wachtwoord-2026");

        assertThat(sessionsExpired(user)).isTrue();
    }

    private boolean sessionsExpired(AppUser user) {
        var sessions = registry.getAllPrincipals().stream()
                .filter(p -> p instanceof UserDetails d && d.getUsername().equals(user.getUsername()))
                .flatMap(p -> registry.getAllSessions(p, true).stream())
                .toList();
        assertThat(sessions).isNotEmpty();
        return sessions.stream().allMatch(s -> s.isExpired());
    }
}
