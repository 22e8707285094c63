/** The card's part of anonymisation (AVG): Acties → Anonimiseren for support, and the note on an anonymised card. */
@NullMarked
package nl.klantregistratie.privacy.ui;

import org.jspecify.annotations.NullMarked;
