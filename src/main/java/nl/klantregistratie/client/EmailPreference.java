package nl.klantregistratie.client;

import java.util.Locale;

/** Correspondentie: may this registration be mailed on its business or its private address. */
public enum EmailPreference {
    ZAKELIJK,
    PRIVE;

    public String translationKey() {
        return "emailpreference." + name().toLowerCase(Locale.ROOT);
    }
}
