package nl.klantregistratie.client;

import nl.klantregistratie.base.DomainException;

/** Anonymising a registration is refused, or an anonymised registration cannot be changed; the key says why. */
public class AnonymisationRefusedException extends DomainException {

    public AnonymisationRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
