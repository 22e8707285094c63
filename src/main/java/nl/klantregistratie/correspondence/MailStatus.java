package nl.klantregistratie.correspondence;

import java.util.Locale;

/** Where a message of the klantdossier stands. */
public enum MailStatus {
    /** Stored, being handed to the mail server. */
    VERZENDEN,
    /** Accepted by the mail server. */
    VERZONDEN,
    /** Not sent because no mail server is configured (e.g. the demo); kept with the reason. */
    NIET_VERZONDEN,
    /** The mail server refused it or could not be reached; kept with the reason. */
    MISLUKT;

    public String translationKey() {
        return "mail.status." + name().toLowerCase(Locale.ROOT);
    }
}
