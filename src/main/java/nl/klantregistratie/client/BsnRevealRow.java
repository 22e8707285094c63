package nl.klantregistratie.client;

import java.time.Instant;

/**
 * One time a BSN was shown in full: when, to whom, of which klant (its name as it is now, or empty
 * when the registration no longer exists).
 */
public record BsnRevealRow(
        Instant revealedAt, String username, long registrationId, long klantnummer, String naam, boolean exists) {}
