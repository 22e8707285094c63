@NullMarked
package nl.klantregistratie.base.ui;

import org.jspecify.annotations.NullMarked;
