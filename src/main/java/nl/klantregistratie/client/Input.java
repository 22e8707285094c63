package nl.klantregistratie.client;

import org.jspecify.annotations.Nullable;

/** How the registry stores what users type: trimmed, and nothing (null) rather than blanks. */
final class Input {

    private Input() {
    }

    static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
