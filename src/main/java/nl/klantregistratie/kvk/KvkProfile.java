package nl.klantregistratie.kvk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the KvK registers of a company (its Basisprofiel): the statutaire naam, the handelsnamen in
 * the KvK's order, the rechtsvorm as the KvK writes it ("Besloten Vennootschap"), and the hoofdvestiging's
 * bezoekadres and correspondentieadres where it has them.
 */
public record KvkProfile(
        String kvkNummer,
        @Nullable String statutaireNaam,
        List<String> handelsnamen,
        @Nullable String rechtsvorm,
        @Nullable KvkAddress bezoekadres,
        @Nullable KvkAddress correspondentieadres) {

    public KvkProfile {
        handelsnamen = List.copyOf(handelsnamen);
    }

    /** An address as the KvK gives it; a postbus has its number as huisnummer and "Postbus" as straat. */
    public record KvkAddress(
            @Nullable String straat,
            @Nullable Integer huisnummer,
            @Nullable String huisletter,
            @Nullable String toevoeging,
            @Nullable String postcode,
            @Nullable String plaats,
            boolean dutch) {}
}
