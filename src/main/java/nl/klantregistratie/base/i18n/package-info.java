@NullMarked
package nl.klantregistratie.base.i18n;

import org.jspecify.annotations.NullMarked;
