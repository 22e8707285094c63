@NullMarked
package nl.klantregistratie.base;

import org.jspecify.annotations.NullMarked;
