/**
 * Koppelingen overview for managers and support (docs/domain.md roles): every hoofd with its volgers and
 * their klant-bedrijven, filtered and searched, and exported as CSV without BSN.
 */
@NullMarked
package nl.klantregistratie.overview;

import org.jspecify.annotations.NullMarked;
