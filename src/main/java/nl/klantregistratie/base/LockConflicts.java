package nl.klantregistratie.base;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;

/** What kind of collision with a colleague's transaction an exception reports, on MariaDB and H2. */
enum LockConflicts {
    /** Two transactions waited on each other; the database rolled this one back. Worth one retry. */
    DEADLOCK,
    /** Waited longer than the lock timeout for a row a colleague's transaction holds. */
    LOCK_TIMEOUT,
    /** A row this referred to was removed meanwhile, or one being removed is referred to now. */
    REFERENCE_RACE,
    NONE;

    /** MariaDB: deadlock (also a Galera certification conflict at commit). */
    private static final int MARIADB_DEADLOCK = 1213;

    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    /** MariaDB: cannot delete a parent row (1451) / add a child row (1452): a foreign key fails. */
    private static final Set<Integer> MARIADB_FOREIGN_KEY = Set.of(1451, 1452);
    /** H2: lock timeout (50200), deadlock (40001), foreign key violated (23503, 23506). */
    private static final int H2_LOCK_TIMEOUT = 50200;

    private static final Set<Integer> H2_FOREIGN_KEY = Set.of(23503, 23506);
    private static final String SERIALIZATION_FAILURE = "40001";

    static LockConflicts of(Throwable failure) {
        LockConflicts found = NONE;
        for (@Nullable Throwable cause = failure; cause != null; cause = cause.getCause()) {
            LockConflicts kind = classify(cause);
            if (kind == DEADLOCK || kind == REFERENCE_RACE) {
                return kind;
            }
            if (kind == LOCK_TIMEOUT) {
                found = kind;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return found;
    }

    private static LockConflicts classify(Throwable cause) {
        if (cause instanceof SQLException sql) {
            int code = sql.getErrorCode();
            if (code == MARIADB_DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState())) {
                return DEADLOCK;
            }
            if (code == MARIADB_LOCK_WAIT_TIMEOUT || code == H2_LOCK_TIMEOUT) {
                return LOCK_TIMEOUT;
            }
            if (MARIADB_FOREIGN_KEY.contains(code) || H2_FOREIGN_KEY.contains(code)) {
                return REFERENCE_RACE;
            }
            return NONE;
        }
        if (cause instanceof LockTimeoutException
                || cause instanceof PessimisticLockException
                || cause instanceof PessimisticLockingFailureException) {
            return LOCK_TIMEOUT;
        }
        return NONE;
    }
}
