package nl.klantregistratie.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile: refuses to start while a demo password is in use, and creates the
 * first SUPPORT account from {@code klantregistratie.initial-user.*} when there are no users yet.
 */
@Component
@Profile("!demo")
class ProductionUsers implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(ProductionUsers.class);

    private final UserService userService;
    private final @Nullable String initialUsername;
    private final @Nullable String initialPassword;

    ProductionUsers(
            UserService userService,
            @Value("${klantregistratie.initial-user.username:}") @Nullable String initialUsername,
            @Value("${klantregistratie.initial-user.password:}") @Nullable String initialPassword) {
        this.userService = userService;
        this.initialUsername = initialUsername;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        refuseDemoPasswords();
        createInitialUser();
    }

    private void refuseDemoPasswords() {
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            if (demo.password().equals(initialPassword)) {
                throw new IllegalStateException(
                        "klantregistratie.initial-user.password is a demo password; refusing to start");
            }
            userService
                    .findByUsername(demo.username())
                    .filter(user -> userService.passwordMatches(user, demo.password()))
                    .ifPresent(user -> {
                        throw new IllegalStateException("User '" + user.getUsername()
                                + "' still has its demo password; change it before running in production");
                    });
        }
    }

    private void createInitialUser() {
        if (userService.hasUsers()) {
            return;
        }
        if (initialUsername == null || initialUsername.isBlank() || initialPassword == null) {
            log.warn("No users yet: set KLANTREGISTRATIE_INITIAL_USER_USERNAME and "
                    + "KLANTREGISTRATIE_INITIAL_USER_PASSWORD to create the first SUPPORT account");
            return;
        }
        if (initialPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "klantregistratie.initial-user.password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        userService.create(initialUsername, initialUsername, initialPassword, Role.SUPPORT);
        log.info("Created initial SUPPORT user '{}'", initialUsername);
    }
}
