package nl.klantregistratie.client;

import java.util.Locale;

/** Aanhef. */
public enum Salutation {
    DHR,
    MEVR,
    NEUTRAAL;

    public String translationKey() {
        return "salutation." + name().toLowerCase(Locale.ROOT);
    }
}
