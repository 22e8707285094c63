package nl.klantregistratie.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}
 * (bcrypt reads no further), with a letter and a digit or other non-letter, not the username, and
 * not one of the demo passwords. Refusals name the field "password".
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72;

    private PasswordRules() {}

    /** Refuses a password that breaks a rule, with the Dutch/English message key of the first rule broken. */
    public static void check(@Nullable String password, String username) {
        String value = password == null ? "" : password;
        if (value.length() < MIN_LENGTH) {
            throw new UserRefusedException("password", "users.password.tooshort", MIN_LENGTH);
        }
        // BCrypt reads at most 72 bytes: a letter with an accent takes two of them in UTF-8.
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new UserRefusedException("password", "users.password.toolong", MAX_LENGTH);
        }
        boolean letter = value.chars().anyMatch(Character::isLetter);
        boolean other = value.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            throw new UserRefusedException("password", "users.password.mix");
        }
        if (!username.isBlank() && value.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserRefusedException("password", "users.password.username");
        }
        if (DemoAccounts.ALL.stream().anyMatch(demo -> demo.password().equals(value))) {
            throw new UserRefusedException("password", "users.password.demo");
        }
    }
}
