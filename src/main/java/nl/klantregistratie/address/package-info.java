/**
 * Postcode + huisnummer to straat and plaats, from the BAG through PDOK's Locatieserver: a short
 * timeout, answers cached in the database, a circuit breaker, and an off switch. The forms always
 * allow manual entry; without the service they work as if it did not exist.
 */
@NullMarked
package nl.klantregistratie.address;

import org.jspecify.annotations.NullMarked;
