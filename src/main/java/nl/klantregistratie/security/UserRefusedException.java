package nl.klantregistratie.security;

import nl.klantregistratie.base.DomainException;

/**
 * The user administration refuses an input or an action; {@link #getField()} names the form field the
 * message belongs next to ("username", "password", "currentPassword"), or is empty.
 */
public class UserRefusedException extends DomainException {

    private final String field;

    public UserRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
