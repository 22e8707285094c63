package nl.klantregistratie.correspondence;

import java.util.Locale;

/** Which of a registration's addresses an option is: business, private, or a company's general one. */
public enum AddressKind {
    ZAKELIJK,
    PRIVE,
    ALGEMEEN;

    public String translationKey() {
        return "mail.kind." + name().toLowerCase(Locale.ROOT);
    }
}
