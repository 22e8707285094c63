package nl.klantregistratie.suggestion;

import java.util.Locale;

/** A field a suggestion compares; each match says which fields agree and how closely. */
public enum MatchField {
    ACHTERNAAM,
    VOORNAAM,
    GEBOORTEDATUM,
    PRIVE_EMAIL,
    PRIVE_MOBIEL,
    ADRES,
    /** Klant-bedrijven: the KvK-nummer. */
    KVK_NUMMER,
    /** Klant-bedrijven: the statutaire naam or handelsnaam, without the legal form. */
    BEDRIJFSNAAM;

    public String translationKey() {
        return "suggestion.field." + name().toLowerCase(Locale.ROOT);
    }

    /** How closely a field agrees. */
    public enum Strength {
        /** The same after normalising (case, accents, spaces, tussenvoegsel, initials vs voornamen). */
        EXACT,
        /** Nearly the same: a typo, initials that are a prefix of the other's, day and month swapped. */
        SIMILAR;

        public String translationKey() {
            return "suggestion.strength." + name().toLowerCase(Locale.ROOT);
        }
    }

    public record Match(MatchField field, Strength strength) {}
}
