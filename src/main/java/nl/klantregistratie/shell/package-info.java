/** The application shell: the main layout with navigation and user menu, the start page and the error pages. It may use every feature; no feature uses it. */
@NullMarked
package nl.klantregistratie.shell;

import org.jspecify.annotations.NullMarked;
