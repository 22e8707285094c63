package nl.klantregistratie.client;

import nl.klantregistratie.base.DomainException;

/** A registration that others depend on cannot be deleted. */
public class DeletionRefusedException extends DomainException {

    public DeletionRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
