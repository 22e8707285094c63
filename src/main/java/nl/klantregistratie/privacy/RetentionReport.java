package nl.klantregistratie.privacy;

import java.util.List;

/**
 * What one run of the retention job removed, per kind, and which kinds it could not remove (their
 * error is in the application log; the next night tries again).
 */
public record RetentionReport(
        int messages,
        int historyRevisions,
        int portalCalls,
        int bsnReveals,
        int auditEntries,
        int signInFailures,
        int mergedRecords,
        List<String> failed) {

    /** As the audit log shows it, in Dutch like its other details. */
    String detail() {
        String removed =
                "verwijderd: %d berichten, %d historieregels van verwijderde klanten, %d portaalaanroepen, %d BSN-inzagen, %d auditregels, %d mislukte inlogtellingen, %d samengevoegde registraties"
                        .formatted(
                                messages,
                                historyRevisions,
                                portalCalls,
                                bsnReveals,
                                auditEntries,
                                signInFailures,
                                mergedRecords);
        return failed.isEmpty() ? removed : removed + "; niet gelukt: " + String.join(", ", failed);
    }
}
