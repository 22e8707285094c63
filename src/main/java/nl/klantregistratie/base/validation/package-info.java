@NullMarked
package nl.klantregistratie.base.validation;

import org.jspecify.annotations.NullMarked;
