package nl.klantregistratie.base;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an unexpected error with a short reference that the user sees and can quote to support;
 * the user never sees the cause itself.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    /** Logs the cause under a new reference and returns that reference. */
    public static String log(Throwable cause) {
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, cause);
        return reference;
    }

    static String newReference() {
        char[] chars = new char[8];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
