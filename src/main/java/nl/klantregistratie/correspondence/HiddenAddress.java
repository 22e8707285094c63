package nl.klantregistratie.correspondence;

import java.util.Locale;

/**
 * A privé e-mail address that exists but that the rules keep out of the pick list (docs/domain.md R10):
 * the list says so, without the address.
 */
public record HiddenAddress(long recipientId, String recipientName, Reason reason, String headName) {

    public enum Reason {
        /** The registration's own e-mailvoorkeur is ZAKELIJK (R8 for a hoofd, R9 for a volger). */
        PREFERS_ZAKELIJK,
        /** A volger whose hoofd prefers business mail: the hoofd does not pass the address on (R8). */
        HEAD_PREFERS_ZAKELIJK;

        public String translationKey() {
            return "mail.hidden." + name().toLowerCase(Locale.ROOT);
        }
    }
}
