package nl.klantregistratie.link;

import nl.klantregistratie.base.DomainException;

/** A koppeling operation that the rules of docs/domain.md do not allow; the message says why, in Dutch. */
public class LinkRefusedException extends DomainException {

    public LinkRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
