/**
 * Samenvoegen: duplicate registrations of one person or company merged into one, with a choice per
 * field, everything they hold moved to the survivor, and undone within a period (docs/domain.md
 * M1–M8, docs/decisions/0024-merge.md).
 */
@NullMarked
package nl.klantregistratie.merge;

import org.jspecify.annotations.NullMarked;
