@NullMarked
package nl.klantregistratie.audit.ui;

import org.jspecify.annotations.NullMarked;
