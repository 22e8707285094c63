package nl.klantregistratie.client;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    // in this order: "Commanditaire vennootschap" is no "vennootschap onder firma", a
    // "coöperatieve vereniging" is a coöperatie
    private static final List<Map.Entry<String, LegalForm>> KVK_WORDS = List.of(
            Map.entry("eenmanszaak", EENMANSZAAK),
            Map.entry("onderfirma", VOF),
            Map.entry("commanditaire", CV),
            Map.entry("waarborgmaatschappij", OVERIG), // an onderlinge waarborgmaatschappij is no maatschap
            Map.entry("maatschap", MAATSCHAP),
            Map.entry("besloten", BV),
            Map.entry("naamloze", NV),
            Map.entry("stichting", STICHTING),
            Map.entry("cooperatie", COOPERATIE),
            Map.entry("vereniging", VERENIGING));

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
        for (Map.Entry<String, LegalForm> word : KVK_WORDS) {
            if (text.contains(word.getKey())) {
                return word.getValue();
            }
        }
        return OVERIG;
    }

    public String translationKey() {
        return "legalform." + name().toLowerCase(Locale.ROOT);
    }
}
