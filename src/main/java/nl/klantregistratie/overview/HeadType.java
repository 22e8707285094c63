package nl.klantregistratie.overview;

import java.util.Locale;

/** Filter on what kind of registration the hoofd is (docs/domain.md R2 advises a klant-persoon). */
public enum HeadType {
    ALL,
    CLIENT_PERSON,
    /** A contactpersoon as hoofd: the case R2 advises against. */
    CONTACT_PERSON;

    public String translationKey() {
        return "overview.type." + name().toLowerCase(Locale.ROOT);
    }
}
