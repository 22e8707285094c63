package nl.klantregistratie.overview;

import java.util.List;
import nl.klantregistratie.client.RegistrationKind;

/**
 * One hoofd in the Koppelingen list: who it is, whether it is a klant-persoon or a contactpersoon
 * (R2), how many volgers follow it and at which klant-bedrijven they are registered. Never a BSN.
 *
 * @param bedrijven the klant-bedrijven of the volgers, "Naam (klantnummer)", each once, by name
 */
public record HeadOverview(
        long id,
        long klantnummer,
        String zoeknaam,
        String naam,
        RegistrationKind kind,
        int followers,
        List<String> bedrijven) {

    public HeadOverview {
        bedrijven = List.copyOf(bedrijven);
    }

    /** A contactpersoon as hoofd: docs/domain.md R2 advises a klant-persoon where one exists. */
    public boolean isContactPersonAsHead() {
        return kind == RegistrationKind.CONTACT;
    }
}
