@NullMarked
package nl.klantregistratie.client;

import org.jspecify.annotations.NullMarked;
