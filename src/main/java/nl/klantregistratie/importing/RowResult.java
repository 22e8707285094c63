package nl.klantregistratie.importing;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one row: its number in the file (the header is row 1), what became of it, the
 * klantnummer of the registration it created, changed or resembles, and the reason in the language of
 * the user who ran it (for a refusal: every field with its message, "Postcode: …; BSN: …").
 */
public record RowResult(
        int row, RowOutcome outcome, @Nullable Long klantnummer, String message) {}
