/**
 * Importeren en exporteren: bringing an office's existing klanten in from CSV or XLSX files, with a
 * column mapping, a check that writes nothing, matching instead of duplicating, and an import in
 * chunks that resumes after a restart (docs/decisions/0019-import.md).
 */
@NullMarked
package nl.klantregistratie.importing;

import org.jspecify.annotations.NullMarked;
