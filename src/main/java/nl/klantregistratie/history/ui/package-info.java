@NullMarked
package nl.klantregistratie.history.ui;

import org.jspecify.annotations.NullMarked;
