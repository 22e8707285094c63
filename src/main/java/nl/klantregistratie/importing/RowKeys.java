package nl.klantregistratie.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.importing.ImportFile.SourceRow;
import org.jspecify.annotations.Nullable;

/**
 * What identifies the registration of a row, read from its cells alone (so a resumed import finds the
 * same keys for the rows before): klantnummer, BSN, KvK-nummer, name and birth date, privé e-mail, and
 * for a contactpersoon the klant-bedrijf it names. Names are compared as letters and digits only,
 * without case and accents, tussenvoegsel and achternaam together ("van den Berg" = "Vandenberg"),
 * with the first initial (from the voorletters, else the voornamen).
 */
record RowKeys(
        RegistrationKind kind,
        @Nullable Long klantnummer,
        @Nullable String bsn,
        @Nullable String kvk,
        @Nullable LocalDate birthDate,
        @Nullable String nameKey,
        @Nullable String surnameKey,
        @Nullable String email,
        String companyKey,
        String companyReference,
        List<String> companyNames,
        @Nullable Long headKlantnummer) {

    /** A cell of a column the matching reads could not be read. */
    static final class KeyCellException extends RuntimeException {

        private final ImportField field;

        KeyCellException(ImportField field, ImportValues.CellException cause) {
            super(cause.messageKey(), cause, false, false);
            this.field = field;
        }

        ImportField field() {
            return field;
        }

        ImportValues.CellException cell() {
            return (ImportValues.CellException) getCause();
        }
    }

    private static final Map<String, RegistrationKind> KIND_NAMES = Map.ofEntries(
            Map.entry("klantpersoon", RegistrationKind.PERSOON),
            Map.entry("persoon", RegistrationKind.PERSOON),
            Map.entry("natuurlijkpersoon", RegistrationKind.PERSOON),
            Map.entry("particulier", RegistrationKind.PERSOON),
            Map.entry("person", RegistrationKind.PERSOON),
            Map.entry("clientperson", RegistrationKind.PERSOON),
            Map.entry("klantbedrijf", RegistrationKind.BEDRIJF),
            Map.entry("bedrijf", RegistrationKind.BEDRIJF),
            Map.entry("organisatie", RegistrationKind.BEDRIJF),
            Map.entry("onderneming", RegistrationKind.BEDRIJF),
            Map.entry("company", RegistrationKind.BEDRIJF),
            Map.entry("clientcompany", RegistrationKind.BEDRIJF),
            Map.entry("contactpersoon", RegistrationKind.CONTACT),
            Map.entry("contact", RegistrationKind.CONTACT),
            Map.entry("contactperson", RegistrationKind.CONTACT),
            Map.entry("contactbijklantbedrijf", RegistrationKind.CONTACT));

    static Optional<RegistrationKind> kindNamed(String cell) {
        return Optional.ofNullable(KIND_NAMES.get(ImportValues.key(cell)));
    }

    /** The name of a kind in a type column, as templates and the export write it. */
    static String kindName(RegistrationKind kind) {
        return switch (kind) {
            case PERSOON -> "Klant-persoon";
            case BEDRIJF -> "Klant-bedrijf";
            case CONTACT -> "Contactpersoon";
        };
    }

    static RowKeys of(SourceRow row, RegistrationKind kind, ImportSettings settings) {
        Cells cells = new Cells(row, settings);
        Long klantnummer = cells.read(ImportField.KLANTNUMMER, ImportValues::parseKlantnummer);
        String bsn = kind == RegistrationKind.PERSOON ? cells.text(ImportField.BSN) : null;
        String kvk = kind == RegistrationKind.BEDRIJF ? cells.text(ImportField.KVK_NUMMER) : null;
        LocalDate born = kind == RegistrationKind.BEDRIJF
                ? null
                : cells.read(ImportField.GEBOORTEDATUM, ImportValues::parseDate);
        String surname = surnameKey(cells.text(ImportField.TUSSENVOEGSEL), cells.text(ImportField.ACHTERNAAM));
        String initial = initial(cells.text(ImportField.VOORLETTERS), cells.text(ImportField.VOORNAMEN));
        String email = cells.text(ImportField.EMAIL);
        String companyKey = "";
        String companyReference = "";
        if (kind == RegistrationKind.CONTACT) {
            String number = cells.text(ImportField.BEDRIJF_KLANTNUMMER);
            String companyKvk = cells.text(ImportField.BEDRIJF_KVK_NUMMER);
            String name = cells.text(ImportField.BEDRIJF_NAAM);
            if (number != null) {
                companyKey = "k:" + number;
                companyReference = number;
            } else if (companyKvk != null) {
                companyKey = "v:" + companyKvk.replaceAll("[\\s.]", "");
                companyReference = companyKvk;
            } else if (name != null) {
                companyKey = "n:" + ImportValues.key(name);
                companyReference = name;
            }
        }
        List<String> companyNames = new ArrayList<>();
        if (kind == RegistrationKind.BEDRIJF) {
            if (klantnummer != null) {
                companyNames.add("k:" + klantnummer);
            }
            if (kvk != null) {
                companyNames.add("v:" + kvk.replaceAll("[\\s.]", ""));
            }
            for (ImportField field :
                    List.of(ImportField.ZOEKNAAM, ImportField.STATUTAIRE_NAAM, ImportField.HANDELSNAAM)) {
                String name = cells.text(field);
                if (name != null) {
                    companyNames.add("n:" + ImportValues.key(name));
                }
            }
        }
        return new RowKeys(
                kind,
                klantnummer,
                bsn == null ? null : DutchNumbers.normalizeBsn(bsn),
                kvk == null ? null : kvk.replaceAll("[\\s.]", ""),
                born,
                surname == null || initial == null ? null : surname + "|" + initial,
                surname,
                email == null ? null : email.toLowerCase(Locale.ROOT),
                companyKey,
                companyReference,
                List.copyOf(companyNames),
                kind == RegistrationKind.CONTACT
                        ? cells.read(ImportField.HEAD_KLANTNUMMER, ImportValues::parseKlantnummer)
                        : null);
    }

    /**
     * Keys no two rows of one file may share: the same klantnummer, BSN or KvK-nummer, or the same
     * person by name and birth date or by e-mail and achternaam (a contactpersoon at the same klant-bedrijf).
     */
    List<String> identities() {
        List<String> keys = new ArrayList<>();
        if (klantnummer != null) {
            keys.add("k:" + klantnummer);
        }
        String scope = kind == RegistrationKind.CONTACT ? "c:" + companyKey + ":" : "p:";
        switch (kind) {
            case PERSOON -> {
                if (bsn != null) {
                    keys.add("b:" + bsn);
                }
            }
            case BEDRIJF -> {
                if (kvk != null) {
                    keys.add("v:" + kvk);
                }
                return keys;
            }
            case CONTACT -> {
                // by name and e-mail below, within the klant-bedrijf
            }
        }
        if (nameKey != null && birthDate != null) {
            keys.add(scope + "n:" + nameKey + "|" + birthDate);
        }
        if (email != null && surnameKey != null) {
            keys.add(scope + "e:" + email + "|" + surnameKey);
        }
        return keys;
    }

    /** Keys by which a new contactpersoon resembles an earlier person row: name and birth date, or e-mail. */
    List<String> resemblances() {
        List<String> keys = new ArrayList<>();
        if (kind == RegistrationKind.BEDRIJF) {
            return keys;
        }
        if (nameKey != null && birthDate != null) {
            keys.add("n:" + nameKey + "|" + birthDate);
        }
        if (email != null) {
            keys.add("e:" + email);
        }
        return keys;
    }

    /** "berg|j" of "J.P." "van den" "Berg": how a registered person's name compares with a row's. */
    static String nameKey(PersonalData personal) {
        String surname = surnameKey(personal.getTussenvoegsel(), personal.getAchternaam());
        String initial = initial(personal.getVoorletters(), personal.getVoornamen());
        return surname == null || initial == null ? "" : surname + "|" + initial;
    }

    static String surnameKey(PersonalData personal) {
        String surname = surnameKey(personal.getTussenvoegsel(), personal.getAchternaam());
        return surname == null ? "" : surname;
    }

    private static @Nullable String surnameKey(@Nullable String tussenvoegsel, @Nullable String achternaam) {
        if (achternaam == null || achternaam.isBlank()) {
            return null;
        }
        String key = ImportValues.key((tussenvoegsel == null ? "" : tussenvoegsel) + achternaam);
        return key.isEmpty() ? null : key;
    }

    private static @Nullable String initial(@Nullable String voorletters, @Nullable String voornamen) {
        String from = voorletters != null && !voorletters.isBlank() ? voorletters : voornamen;
        if (from == null) {
            return null;
        }
        String key = ImportValues.key(from);
        return key.isEmpty() ? null : key.substring(0, 1);
    }

    /**
     * The field a validation message concerns, by its property path: "personal.woonadres.postcode" is
     * Postcode, "postadres.plaats" Postadres plaats, "business.functie" Functie.
     */
    static @Nullable ImportField fieldOfPath(String path) {
        String[] parts = path.split("\\.");
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        String prefix = path.contains("correspondentieadres")
                ? "CORRESPONDENTIE_"
                : path.startsWith("postadres") ? "POSTADRES_" : "";
        String name = switch (last) {
            case "priveemail", "email" -> "EMAIL";
            case "privemobiel" -> "MOBIEL";
            case "privetelefoon", "telefoon" -> "TELEFOON";
            case "zakelijkemail" -> "ZAKELIJK_EMAIL";
            case "company" -> "BEDRIJF_NAAM";
            case "kvknummer" -> "KVK_NUMMER";
            default -> last;
        };
        for (ImportField field : ImportField.values()) {
            String plain = field.name().replace("_", "").toLowerCase(Locale.ROOT);
            if (field.name().equals(prefix + name)
                    || (prefix.isEmpty() && plain.equals(name))
                    || (!prefix.isEmpty() && field.name().equals(prefix + name.toUpperCase(Locale.ROOT)))) {
                return field;
            }
        }
        return null;
    }

    /** The cells of a row by field, through the mapping. */
    private record Cells(SourceRow row, ImportSettings settings) {

        @Nullable
        String text(ImportField field) {
            int column = settings.columnOf(field);
            return column < 0 ? null : ImportValues.text(row.cell(column)).orElse(null);
        }

        <T> @Nullable T read(ImportField field, Function<String, @Nullable T> parse) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (ImportValues.CellException e) {
                throw new KeyCellException(field, e);
            }
        }
    }
}
