package nl.klantregistratie.base;

import java.util.function.IntSupplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A counter in a row that many requests add to at once, the first of them inserting the row: the
 * UPDATE and the INSERT each run as a transaction of its own, so no transaction holds a lock while it
 * waits for another (on MariaDB an UPDATE that finds no row takes a gap lock, and two of those
 * followed by two INSERTs deadlock). When two first requests race, the loser's INSERT hits the
 * primary key and it adds with the UPDATE after all, on H2 as on MariaDB.
 */
public final class CounterRows {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate ownTransaction;

    public CounterRows(PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code update}, which returns the rows it changed; when it changed none, {@code insert}. */
    public void add(IntSupplier update, Runnable insert) {
        for (int attempt = 1; ; attempt++) {
            Integer changed = ownTransaction.execute(tx -> update.getAsInt());
            if (changed != null && changed > 0) {
                return;
            }
            try {
                ownTransaction.executeWithoutResult(tx -> insert.run());
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException inserted) {
                // another request inserted the row meanwhile: add to it
                if (attempt == ATTEMPTS) {
                    throw inserted;
                }
            }
        }
    }
}
