@NullMarked
package nl.klantregistratie.correspondence;

import org.jspecify.annotations.NullMarked;
