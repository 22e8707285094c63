@NullMarked
package nl.klantregistratie.link.ui;

import org.jspecify.annotations.NullMarked;
