/** The merge's screens: Samenvoegen on a card, the side-by-side choice, the merged record's notes. */
@NullMarked
package nl.klantregistratie.merge.ui;

import org.jspecify.annotations.NullMarked;
