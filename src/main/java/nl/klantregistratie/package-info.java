@NullMarked
package nl.klantregistratie;

import org.jspecify.annotations.NullMarked;
