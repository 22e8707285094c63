@NullMarked
package nl.klantregistratie.correspondence.ui;

import org.jspecify.annotations.NullMarked;
