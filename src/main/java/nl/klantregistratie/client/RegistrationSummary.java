package nl.klantregistratie.client;

import org.jspecify.annotations.Nullable;

/** One row of a search result (built by {@code RegistrationSearch}). Never holds the BSN. */
public record RegistrationSummary(
        long id,
        long klantnummer,
        String zoeknaam,
        RegistrationKind kind,
        String naam,
        @Nullable String plaats,
        @Nullable String bedrijf,
        @Nullable String functie) {}
