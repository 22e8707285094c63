@NullMarked
package nl.klantregistratie.link;

import org.jspecify.annotations.NullMarked;
