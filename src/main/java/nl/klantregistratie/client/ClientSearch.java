package nl.klantregistratie.client;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to search for: text (a klantnummer, or the start of a zoeknaam; case and accents do not
 * matter) and which kinds of registration.
 */
public record ClientSearch(@Nullable String text, Set<RegistrationKind> kinds) {

    public static ClientSearch klanten(@Nullable String text) {
        return new ClientSearch(text, EnumSet.of(RegistrationKind.PERSOON, RegistrationKind.BEDRIJF));
    }

    public static ClientSearch contactpersonen(@Nullable String text) {
        return new ClientSearch(text, EnumSet.of(RegistrationKind.CONTACT));
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
