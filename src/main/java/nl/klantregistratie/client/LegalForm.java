package nl.klantregistratie.client;

import java.util.Locale;

/** Rechtsvorm of a klant-bedrijf. */
public enum LegalForm {
    EENMANSZAAK,
    VOF,
    CV,
    MAATSCHAP,
    BV,
    NV,
    STICHTING,
    VERENIGING,
    COOPERATIE,
    OVERIG;

    public String translationKey() {
        return "legalform." + name().toLowerCase(Locale.ROOT);
    }
}
