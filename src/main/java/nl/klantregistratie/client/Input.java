package nl.klantregistratie.client;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the registry stores what users type: trimmed, and nothing (null) rather than blanks. */
final class Input {

    private Input() {}

    static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * An e-mail address as stored: trimmed and in lower case, as mail servers treat it, so that the
     * same address typed twice is found as one (portal lookup, link suggestions) through an index.
     */
    static @Nullable String email(@Nullable String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }
}
