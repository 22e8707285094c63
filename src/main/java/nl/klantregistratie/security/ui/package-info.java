@NullMarked
package nl.klantregistratie.security.ui;

import org.jspecify.annotations.NullMarked;
