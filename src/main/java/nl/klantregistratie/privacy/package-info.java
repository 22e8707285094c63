/**
 * Privacy (AVG): the nightly retention job that removes what is older than its retention period
 * ({@link nl.klantregistratie.privacy.RetentionJob}); the anonymisation of a person is a service of
 * the {@code client} package, offered on the card by {@code privacy.ui}. Periods and their legal
 * basis: docs/decisions/0018-retention-and-anonymisation.md.
 */
@NullMarked
package nl.klantregistratie.privacy;

import org.jspecify.annotations.NullMarked;
