package nl.klantregistratie.client;

import org.jspecify.annotations.Nullable;

/** One row of a search result. Never holds the BSN. */
public record RegistrationSummary(long id, long klantnummer, String zoeknaam, RegistrationKind kind,
        String naam, @Nullable String plaats, @Nullable String bedrijf, @Nullable String functie) {

    static RegistrationSummary of(Registration registration) {
        String company = null;
        String function = null;
        if (registration instanceof ContactPerson contact && contact.getCompany() != null) {
            company = contact.getCompany().getDisplayName();
            function = contact.getBusiness().getFunctie();
        }
        return new RegistrationSummary(registration.getId(), registration.getKlantnummer(),
                registration.getZoeknaam(), registration.getKind(), registration.getDisplayName(),
                registration.getPlaats(), company, function);
    }
}
