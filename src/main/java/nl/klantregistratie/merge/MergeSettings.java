package nl.klantregistratie.merge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Samenvoegen's settings.
 *
 * @param undoPeriod how long after a merge support staff can undo it: the merged registrations are
 *     kept as read-only records until then (default 30 days)
 */
@ConfigurationProperties("klantregistratie.merge")
public record MergeSettings(Duration undoPeriod) {

    public MergeSettings {
        undoPeriod = undoPeriod == null ? Duration.ofDays(30) : undoPeriod;
    }
}
