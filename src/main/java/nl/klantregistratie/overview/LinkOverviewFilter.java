package nl.klantregistratie.overview;

import org.jspecify.annotations.Nullable;

/**
 * What the Koppelingen list shows: hoofden whose klantnummer is the text or whose zoeknaam starts
 * with it (case and accents do not matter; empty shows all), of the given type.
 */
public record LinkOverviewFilter(@Nullable String text, HeadType type) {}
