package nl.klantregistratie.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a signed-in session ends by itself (docs/decisions/0016-sessions-and-transport.md).
 *
 * @param idle without anything the user does (a tab left open does not count: its heartbeats are
 *     not the user's doing)
 * @param absolute after signing in, however active (a working day)
 */
@ConfigurationProperties("klantregistratie.session")
public record SessionLimitsSettings(Duration idle, Duration absolute) {

    public SessionLimitsSettings {
        idle = idle == null ? Duration.ofMinutes(30) : idle;
        absolute = absolute == null ? Duration.ofHours(10) : absolute;
    }
}
