package nl.klantregistratie.base;

/**
 * The data a change needed was held by a colleague's change for longer than the lock timeout, or the
 * two changes kept blocking each other (a deadlock, also when tried again), or a colleague removed
 * what the change refers to at that moment. Nothing was saved; trying again, after reloading where
 * needed, is safe.
 */
public class BusyException extends DomainException {

    public BusyException(Throwable cause) {
        super("error.busy");
        initCause(cause);
    }
}
