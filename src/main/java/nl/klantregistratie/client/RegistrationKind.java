package nl.klantregistratie.client;

import java.util.Locale;

/** The kinds of registration; PERSOON and BEDRIJF are klanten, CONTACT is a contactpersoon. */
public enum RegistrationKind {
    PERSOON,
    BEDRIJF,
    CONTACT;

    public static final String PERSOON_VALUE = "PERSOON";
    public static final String BEDRIJF_VALUE = "BEDRIJF";
    public static final String CONTACT_VALUE = "CONTACT";

    public String translationKey() {
        return "kind." + name().toLowerCase(Locale.ROOT);
    }
}
