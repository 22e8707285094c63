/**
 * Koppelvoorstellen (link suggestions) for managers and support: contactpersonen that are probably
 * the same person as a klant-persoon or as each other but are not linked, found by blocking on
 * candidate keys and scored on explainable field matches; accepted through the link service,
 * rejected pairs remembered.
 */
@NullMarked
package nl.klantregistratie.suggestion;

import org.jspecify.annotations.NullMarked;
