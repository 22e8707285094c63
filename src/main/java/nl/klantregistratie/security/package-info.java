@NullMarked
package nl.klantregistratie.security;

import org.jspecify.annotations.NullMarked;
