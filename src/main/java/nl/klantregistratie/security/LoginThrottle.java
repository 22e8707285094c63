package nl.klantregistratie.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.klantregistratie.base.CounterRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and per client address and says how long the next attempt
 * must wait (growing delays instead of a lockout that anyone could impose on any account, the last
 * support account included). Kept in the database, so every application instance counts the same.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final LoginThrottleSettings settings;
    private final CounterRows counters;
    private final TransactionTemplate ownTransaction;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(JdbcClient jdbc, LoginThrottleSettings settings, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.counters = new CounterRows(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long this attempt must still wait, if at all: the longer of the account's and the address's. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        return jdbc
                .sql("SELECT blocked_until FROM login_throttle WHERE throttle_key IN (:keys) AND blocked_until > :now")
                .param("keys", List.of(accountKey(username), addressKey(address)))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .list()
                .stream()
                .map(until -> Duration.between(now, until.toInstant()))
                .max(Duration::compareTo);
    }

    /**
     * A wrong password (or an unknown name): both counts go up, and so may the waits. Each count is
     * added in transactions of its own ({@link CounterRows}), so colleagues failing at the same moment
     * behind one address never deadlock.
     */
    void failed(String username, String address) {
        Instant now = clock.instant();
        count(accountKey(username), settings.account(), now);
        count(addressKey(address), settings.address(), now);
    }

    /** Signed in: the account starts afresh (the address keeps its count: it may be guessing others). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key")
                .param("key", accountKey(username))
                .update();
    }

    /**
     * Forgets the counts that no longer count (no failure within {@code forget}) and whose wait is
     * over: the table keeps only what still slows someone down. Returns how many were forgotten.
     */
    @Transactional
    int forgetOld() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        DELETE FROM login_throttle
                        WHERE last_failure_at < :forgotten AND (blocked_until IS NULL OR blocked_until < :now)
                        """)
                .param("forgotten", Timestamp.from(now.minus(settings.forget())))
                .param("now", Timestamp.from(now))
                .update();
    }

    private void count(String key, LoginThrottleSettings.Policy policy, Instant now) {
        Timestamp forgotten = Timestamp.from(now.minus(settings.forget()));
        counters.add(
                () -> increment(key, now, forgotten),
                () -> jdbc.sql(
                                "INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (:key, 1, :now)")
                        .param("key", key)
                        .param("now", Timestamp.from(now))
                        .update());
        ownTransaction.executeWithoutResult(tx -> {
            int failures = jdbc.sql("SELECT failures FROM login_throttle WHERE throttle_key = :key")
                    .param("key", key)
                    .query(Integer.class)
                    .single();
            Duration delay = policy.delayAfter(failures);
            jdbc.sql("UPDATE login_throttle SET blocked_until = :until WHERE throttle_key = :key")
                    .param("until", delay.isZero() ? null : Timestamp.from(now.plus(delay)))
                    .param("key", key)
                    .update();
        });
    }

    private int increment(String key, Instant now, Timestamp forgotten) {
        return jdbc.sql("""
                        UPDATE login_throttle
                        SET failures = CASE WHEN last_failure_at < :forgotten THEN 1 ELSE failures + 1 END,
                            last_failure_at = :now
                        WHERE throttle_key = :key
                        """)
                .param("forgotten", forgotten)
                .param("now", Timestamp.from(now))
                .param("key", key)
                .update();
    }

    /**
     * The account's key: a hash of the name, for what was typed may be a password typed into the wrong
     * field, and may be longer than any account name.
     */
    static String accountKey(String username) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Usernames.normalize(username).getBytes(StandardCharsets.UTF_8));
            return "account:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String addressKey(String address) {
        return "address:" + address;
    }
}
