/**
 * The security audit log (docs/decisions/0017-audit-log.md): what features publish as
 * {@link nl.klantregistratie.base.AuditEvent}, and what Spring Security reports (denied method calls,
 * logouts), stored one row per event with who, when and from which address, for applicatiebeheer to
 * read, filter and export. Depends on base and security; no feature depends on it.
 */
@NullMarked
package nl.klantregistratie.audit;

import org.jspecify.annotations.NullMarked;
