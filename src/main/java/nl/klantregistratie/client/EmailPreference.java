package nl.klantregistratie.client;

/** Correspondentie: may this registration be mailed on its business or its private address. */
public enum EmailPreference {
    ZAKELIJK,
    PRIVE;

    public String translationKey() {
        return "emailpreference." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
