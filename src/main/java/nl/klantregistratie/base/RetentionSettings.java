package nl.klantregistratie.base;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of data is kept (docs/decisions/0018-retention-and-anonymisation.md, with the
 * legal basis of each default): what is older is removed by the nightly retention job, and what is
 * younger keeps a registration from being anonymised where the law says it must be kept.
 *
 * @param correspondence the klantdossier's messages, from their date: 7 years (fiscal, AWR art. 52)
 * @param deletedHistory the history of a deleted registration, from its deletion: 7 years (fiscal)
 * @param portalCalls the portal API's call log and counts: 1 year (enough to trace a leaked key)
 * @param securityLog the audit log and the record of BSNs shown: 2 years
 */
@ConfigurationProperties("klantregistratie.retention")
public record RetentionSettings(Period correspondence, Period deletedHistory, Period portalCalls, Period securityLog) {

    public RetentionSettings {
        correspondence = correspondence == null ? Period.ofYears(7) : correspondence;
        deletedHistory = deletedHistory == null ? Period.ofYears(7) : deletedHistory;
        portalCalls = portalCalls == null ? Period.ofYears(1) : portalCalls;
        securityLog = securityLog == null ? Period.ofYears(2) : securityLog;
    }
}
