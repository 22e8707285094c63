package nl.klantregistratie.client;

import nl.klantregistratie.base.DomainException;

/** A klantnummer kept from another system (import) that cannot be kept: in use, or out of range. */
public class KlantnummerRefusedException extends DomainException {

    public KlantnummerRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
