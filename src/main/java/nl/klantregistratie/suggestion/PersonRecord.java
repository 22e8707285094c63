package nl.klantregistratie.suggestion;

import java.time.LocalDate;
import nl.klantregistratie.client.RegistrationKind;
import org.jspecify.annotations.Nullable;

/**
 * What the suggestions compare of a person registration (klant-persoon or contactpersoon): the name,
 * birth date, privé e-mail, privé mobiel and woonadres, plus what the list shows. Never the BSN.
 *
 * @param followers how many volgers follow this registration (it is hoofd when more than 0)
 * @param bedrijf the klant-bedrijf of a contactpersoon, else null
 * @param version the registration's version when read: accepting a suggestion refuses a volger
 *     that changed since (R17)
 * @param companyId the klant-bedrijf of a contactpersoon, else null
 * @param bsnMasked a klant-persoon's BSN as shown ("******123"), else null: two different ones are
 *     two people (docs/domain.md M5)
 */
public record PersonRecord(
        long id,
        RegistrationKind kind,
        long klantnummer,
        @Nullable String voorletters,
        @Nullable String voornamen,
        @Nullable String roepnaam,
        @Nullable String tussenvoegsel,
        @Nullable String achternaam,
        @Nullable LocalDate geboortedatum,
        @Nullable String priveEmail,
        @Nullable String priveMobiel,
        @Nullable String postcode,
        @Nullable Integer huisnummer,
        @Nullable String huisletter,
        @Nullable String toevoeging,
        int followers,
        @Nullable String bedrijf,
        long version,
        @Nullable Long companyId,
        @Nullable String bsnMasked) {

    public boolean isClientPerson() {
        return kind == RegistrationKind.PERSOON;
    }

    /** "J.P. van den Berg". */
    public String naam() {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {voorletters, tussenvoegsel, achternaam}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return name.toString();
    }
}
