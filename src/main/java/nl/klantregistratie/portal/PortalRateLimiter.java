package nl.klantregistratie.portal;

import java.time.Duration;

/**
 * Counts each API key's calls against its limit (docs/decisions/0011). The one implementation today,
 * {@link LocalRateLimiter}, counts in this instance's memory; one that counts across instances (in
 * the database or a shared cache) replaces it behind this interface.
 */
interface PortalRateLimiter {

    /** Counts one call of this key: allowed, or refused with how long to wait before the next. */
    Verdict tryCall(long keyId);

    /** The number of calls per minute a key may make in the long run. */
    long perMinute();

    /** Whether the call may go ahead; if not, after how long the key may call again. */
    record Verdict(boolean allowed, Duration retryAfter) {

        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        static Verdict refused(Duration retryAfter) {
            return new Verdict(false, retryAfter);
        }
    }
}
