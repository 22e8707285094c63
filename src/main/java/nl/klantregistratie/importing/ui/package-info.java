/** The Importeren page. */
@NullMarked
package nl.klantregistratie.importing.ui;

import org.jspecify.annotations.NullMarked;
