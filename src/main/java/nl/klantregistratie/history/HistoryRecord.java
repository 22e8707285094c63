package nl.klantregistratie.history;

import nl.klantregistratie.client.RegistrationKind;
import org.jspecify.annotations.Nullable;

/**
 * One change in the history of all registrations: which registration (as it was after the change),
 * whether it still exists (so its card can be opened), and the entry as a card's Historie section
 * shows it.
 */
public record HistoryRecord(
        long registrationId,
        @Nullable Long klantnummer,
        String naam,
        RegistrationKind kind,
        boolean exists,
        HistoryEntry entry) {}
