package nl.klantregistratie.security;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A username as the application keeps and compares it: without surrounding white space, in lower
 * case. Normalised here, once, wherever a username comes in (sign-in, account creation, lookup), so
 * " Support" and "support" are one account and one login throttle.
 */
public final class Usernames {

    private Usernames() {}

    public static String normalize(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
