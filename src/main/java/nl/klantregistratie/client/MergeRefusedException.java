package nl.klantregistratie.client;

import nl.klantregistratie.base.DomainException;

/**
 * Samenvoegen (or undoing it) is refused, or a merged registration cannot be changed: the key says
 * why, in words the user can act on.
 */
public class MergeRefusedException extends DomainException {

    public MergeRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
