@NullMarked
package nl.klantregistratie.portal;

import org.jspecify.annotations.NullMarked;
