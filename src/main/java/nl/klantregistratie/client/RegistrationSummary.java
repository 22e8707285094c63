package nl.klantregistratie.client;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One row of a search result (built by {@code RegistrationSearch}). Never holds the BSN. {@code
 * link}: whether a contactpersoon is a hoofd (has volgers), a volger, or neither; NONE for the other
 * kinds.
 */
public record RegistrationSummary(
        long id,
        long klantnummer,
        String zoeknaam,
        RegistrationKind kind,
        String naam,
        @Nullable String plaats,
        @Nullable String bedrijf,
        @Nullable String functie,
        Link link) {

    /** A contactpersoon's place in the koppelingen (docs/domain.md R1). */
    public enum Link {
        NONE,
        HEAD,
        FOLLOWER;

        public String translationKey() {
            return "link.role." + name().toLowerCase(Locale.ROOT);
        }
    }
}
