package nl.klantregistratie.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, created in the {@code demo} profile only. The same list tells the
 * production guard which passwords must never be in use outside the demo.
 */
@Component
@Profile("demo")
@Order(0)
class DemoUsers implements ApplicationRunner {

    record DemoUser(String username, String displayName, String password, Role role) {}

    static final List<DemoUser> ALL = List.of(
            new DemoUser("medewerker", "Mila Medewerker", "medewerker123", Role.MEDEWERKER),
            new DemoUser("manager", "Maarten Manager", "manager123", Role.MANAGER),
            new DemoUser("support", "Sanne Support", "support123", Role.SUPPORT));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private final UserService userService;

    DemoUsers(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : ALL) {
            if (userService.findByUsername(demo.username()).isEmpty()) {
                userService.create(demo.username(), demo.displayName(), demo.password(), demo.role());
                log.info("Created demo user '{}' ({})", demo.username(), demo.role());
            }
        }
    }
}
