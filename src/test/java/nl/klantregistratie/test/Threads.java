package nl.klantregistratie.test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Holding two transactions in place on two threads, for the concurrency tests. */
public final class Threads {

    /** Longer than any step of a test takes: reaching it means the other thread never got there. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Threads() {}

    /** Waits until the latch opens; fails when the other thread does not get there in time. */
    public static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The other transaction did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lets the other thread run on (into the database, where it waits for a lock). */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
