package nl.klantregistratie.demo;

import nl.klantregistratie.security.DemoAccounts;
import nl.klantregistratie.security.DemoAccounts.DemoAccount;
import nl.klantregistratie.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the demo accounts ({@link DemoAccounts}, one per role), in the {@code demo} profile only. */
@Component
@Profile("demo")
@Order(0)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private final UserService userService;

    DemoUsers(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : DemoAccounts.ALL) {
            if (userService.findByUsername(demo.username()).isEmpty()) {
                userService.create(demo.username(), demo.displayName(), demo.password(), demo.role());
                log.info("Created demo user '{}' ({})", demo.username(), demo.role());
            }
        }
    }
}
