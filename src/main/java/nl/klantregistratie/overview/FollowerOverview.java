package nl.klantregistratie.overview;

import org.jspecify.annotations.Nullable;

/** A volger of a hoofd in the drill-down: the contactpersoon and its klant-bedrijf. */
public record FollowerOverview(
        long id,
        long klantnummer,
        String naam,
        @Nullable String functie,
        long bedrijfId,
        long bedrijfKlantnummer,
        String bedrijf) {}
