package nl.klantregistratie.importing;

import nl.klantregistratie.base.DomainException;

/** A file or an import that cannot be taken as it is, with the reason in the user's language. */
public class ImportRefusedException extends DomainException {

    public ImportRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
