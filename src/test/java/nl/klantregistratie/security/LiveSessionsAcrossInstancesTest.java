package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.klantregistratie.base.Announcements;
import nl.klantregistratie.base.ClusterRedis;
import nl.klantregistratie.test.RedisTest;
import nl.klantregistratie.test.RedisTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Deactivating an account on one instance ends its sessions on the other instance too, where the
 * user signed in: each instance has its own session registry, as behind a load balancer.
 */
@RedisTest
class LiveSessionsAcrossInstancesTest {

    private final ClusterRedis firstRedis = new ClusterRedis(RedisTestSupport.url());
    private final ClusterRedis secondRedis = new ClusterRedis(RedisTestSupport.url());
    private final Announcements firstAnnouncements = new Announcements(firstRedis);
    private final Announcements secondAnnouncements = new Announcements(secondRedis);
    private final SessionRegistryImpl firstRegistry = new SessionRegistryImpl();
    private final SessionRegistryImpl secondRegistry = new SessionRegistryImpl();
    private final LiveSessions first = new LiveSessions(firstRegistry, firstAnnouncements);

    LiveSessionsAcrossInstancesTest() {
        new LiveSessions(secondRegistry, secondAnnouncements);
    }

    @AfterEach
    void stop() {
        firstAnnouncements.destroy();
        secondAnnouncements.destroy();
        firstRedis.destroy();
        secondRedis.destroy();
    }

    @Test
    void endingAnAccountsSessionsReachesTheInstanceWhereItSignedIn() {
        UserDetails ended = user("uitdienst");
        UserDetails staying = user("collega");
        secondRegistry.registerNewSession("sessie-op-twee", ended);
        secondRegistry.registerNewSession("sessie-collega", staying);

        first.on(new UserService.SessionsEnding("UITDIENST"));

        await().atMost(Duration.ofSeconds(5)).until(() -> expired(secondRegistry, ended));
        assertThat(expired(secondRegistry, staying)).isFalse();
    }

    private static UserDetails user(String name) {
        return User.withUsername(name).password("x").roles("MEDEWERKER").build();
    }

    private static boolean expired(SessionRegistryImpl registry, UserDetails user) {
        List<SessionInformation> sessions = registry.getAllSessions(user, true);
        return !sessions.isEmpty() && sessions.stream().allMatch(SessionInformation::isExpired);
    }
}
