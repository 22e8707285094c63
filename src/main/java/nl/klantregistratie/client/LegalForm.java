package nl.klantregistratie.client;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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

    /**
     * The rechtsvorm as the KvK writes it ("Besloten Vennootschap", "BeslotenVennootschap",
     * "Coöperatie", "Vennootschap onder firma"); null when it gives none. A form we do not list is
     * {@link #OVERIG}.
     */
    public static @Nullable LegalForm fromKvk(@Nullable String kvk) {
        if (kvk == null || kvk.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(kvk, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
        if (text.contains("eenmanszaak")) {
            return EENMANSZAAK;
        } else if (text.contains("onderfirma")) {
            return VOF;
        } else if (text.contains("commanditaire")) {
            return CV;
        } else if (text.contains("maatschap")) {
            return MAATSCHAP;
        } else if (text.contains("besloten")) {
            return BV;
        } else if (text.contains("naamloze")) {
            return NV;
        } else if (text.contains("stichting")) {
            return STICHTING;
        } else if (text.contains("cooperatie")) {
            return COOPERATIE;
        } else if (text.contains("vereniging")) {
            return VERENIGING;
        }
        return OVERIG;
    }

    public String translationKey() {
        return "legalform." + name().toLowerCase(Locale.ROOT);
    }
}
