@NullMarked
package nl.klantregistratie.client.ui;

import org.jspecify.annotations.NullMarked;
