package nl.klantregistratie.portal;

import nl.klantregistratie.base.DomainException;

/** The portal lookup cannot answer: no such person, or the e-mail is not one person's. */
public class PortalRefusedException extends DomainException {

    private final boolean ambiguous;

    PortalRefusedException(String messageKey, boolean ambiguous) {
        super(messageKey);
        this.ambiguous = ambiguous;
    }

    public boolean isAmbiguous() {
        return ambiguous;
    }
}
