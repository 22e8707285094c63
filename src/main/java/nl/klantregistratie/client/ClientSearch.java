package nl.klantregistratie.client;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to search for: text (a klantnummer, or the start of a zoeknaam; case and accents do not
 * matter), which kinds of registration, and (for contactpersonen) which place in the koppelingen.
 */
public record ClientSearch(@Nullable String text, Set<RegistrationKind> kinds, LinkFilter link) {

    /** Contactpersonen by their place in the koppelingen; ALL for every registration. */
    public enum LinkFilter {
        ALL,
        HEADS,
        FOLLOWERS,
        UNLINKED;

        public String translationKey() {
            return "contacts.filter." + name().toLowerCase(Locale.ROOT);
        }
    }

    public ClientSearch(@Nullable String text, Set<RegistrationKind> kinds) {
        this(text, kinds, LinkFilter.ALL);
    }

    public static ClientSearch klanten(@Nullable String text) {
        return new ClientSearch(text, EnumSet.of(RegistrationKind.PERSOON, RegistrationKind.BEDRIJF));
    }

    public static ClientSearch contactpersonen(@Nullable String text) {
        return new ClientSearch(text, EnumSet.of(RegistrationKind.CONTACT));
    }

    public static ClientSearch contactpersonen(@Nullable String text, LinkFilter link) {
        return new ClientSearch(text, EnumSet.of(RegistrationKind.CONTACT), link);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
