package nl.klantregistratie.client;

import nl.klantregistratie.base.DomainException;

/** The registration does not exist (any more). */
public class RegistrationNotFoundException extends DomainException {

    public RegistrationNotFoundException(long id) {
        super("registration.notfound", id);
    }
}
