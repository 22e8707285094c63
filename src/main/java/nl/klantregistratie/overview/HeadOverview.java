package nl.klantregistratie.overview;

import java.util.List;
import nl.klantregistratie.client.RegistrationKind;
import org.jspecify.annotations.Nullable;

/**
 * One hoofd in the Koppelingen list: who it is, whether it is a klant-persoon or a contactpersoon
 * (R2), how many volgers follow it and at which klant-bedrijven they are registered. Never a BSN.
 *
 * @param bedrijven the klant-bedrijven of the volgers, "Naam (klantnummer)", each once, by name
 * @param hoofdBedrijf the klant-bedrijf of the hoofd itself when it is a contactpersoon, else null
 */
public record HeadOverview(
        long id,
        long klantnummer,
        String zoeknaam,
        String naam,
        RegistrationKind kind,
        int followers,
        List<String> bedrijven,
        @Nullable String headBedrijf) {

    public HeadOverview {
        bedrijven = List.copyOf(bedrijven);
    }

    /** A contactpersoon as hoofd: DOMAIN.md R2 advises a klant-persoon where one exists. */
    public boolean isContactPersonAsHead() {
        return kind == RegistrationKind.CONTACT;
    }
}
