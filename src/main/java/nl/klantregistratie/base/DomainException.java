package nl.klantregistratie.base;

import java.util.Arrays;

/**
 * A refusal by a service that the user must see as it is: it carries a translation key and its
 * arguments, so the UI shows it in the user's language. The exception message (for logs) is the key.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
