package nl.klantregistratie.suggestion;

import org.jspecify.annotations.Nullable;

/** What merge proposals compare of a klant-bedrijf: its names, KvK-nummer and vestigingsadres. */
public record CompanyRecord(
        long id,
        long klantnummer,
        @Nullable String statutaireNaam,
        @Nullable String handelsnaam,
        @Nullable String kvkNummer,
        @Nullable String postcode,
        @Nullable Integer huisnummer,
        @Nullable String huisletter,
        @Nullable String toevoeging) {

    /** The name as the list shows it: the handelsnaam where there is one. */
    public String naam() {
        return handelsnaam != null && !handelsnaam.isBlank()
                ? handelsnaam
                : statutaireNaam == null ? "" : statutaireNaam;
    }
}
