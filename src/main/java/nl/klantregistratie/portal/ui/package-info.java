@NullMarked
package nl.klantregistratie.portal.ui;

import org.jspecify.annotations.NullMarked;
