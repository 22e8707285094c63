package nl.klantregistratie.client;

/** Aanhef. */
public enum Salutation {
    DHR,
    MEVR,
    NEUTRAAL;

    public String translationKey() {
        return "salutation." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
