@NullMarked
package nl.klantregistratie.suggestion.ui;

import org.jspecify.annotations.NullMarked;
