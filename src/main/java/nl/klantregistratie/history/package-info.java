/**
 * History (docs/domain.md R16): every change of a registration, with who and when, recorded by Hibernate
 * Envers in {@code registration_aud} and {@code revinfo}, and read back as entries per card.
 */
@NullMarked
package nl.klantregistratie.history;

import org.jspecify.annotations.NullMarked;
