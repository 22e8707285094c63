package nl.klantregistratie.importing;

import java.util.Locale;

/** What became of one row of an import (or would become, in the check). */
public enum RowOutcome {
    /** A new registration. */
    CREATED,
    /** A matched registration, changed in the columns of the file. */
    UPDATED,
    /** A matched registration that already had every value of the row. */
    UNCHANGED,
    /** A matched registration left alone, as asked ("Overslaan"). */
    SKIPPED,
    /** A new contactpersoon that looks like a person already registered: imported, and a Koppelvoorstel. */
    SUGGESTED,
    /** Not imported, with the reason. */
    REJECTED;

    public String translationKey() {
        return "import.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
