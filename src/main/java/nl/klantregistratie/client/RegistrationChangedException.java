package nl.klantregistratie.client;

import nl.klantregistratie.base.DomainException;

/** Someone else saved the registration after it was opened; saving now would overwrite their work. */
public class RegistrationChangedException extends DomainException {

    public RegistrationChangedException() {
        super("registration.changed");
    }
}
