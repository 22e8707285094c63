@NullMarked
package nl.klantregistratie.overview.ui;

import org.jspecify.annotations.NullMarked;
