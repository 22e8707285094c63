package nl.klantregistratie.portal;

import java.util.Locale;
import nl.klantregistratie.client.RegistrationKind;

/**
 * One klant a person can reach in the portal (docs/domain.md R15), and why: which of the person's
 * registrations grants it. Holds no private data.
 */
public record PortalAccess(
        long klantId,
        long klantnummer,
        String naam,
        RegistrationKind kind,
        long grantedById,
        long grantedByKlantnummer,
        Grant grant) {

    public enum Grant {
        /** The person is this klant-persoon (the hoofd itself). */
        KLANT_PERSOON,
        /** A contactpersoon registration of the person with "toegang Client-Online" at this klant-bedrijf. */
        CLIENT_ONLINE;

        public String translationKey() {
            return "portal.grant." + name().toLowerCase(Locale.ROOT);
        }

        /** The kind of the registration that grants this access. */
        public RegistrationKind grantedByKind() {
            return this == KLANT_PERSOON ? RegistrationKind.PERSOON : RegistrationKind.CONTACT;
        }
    }
}
