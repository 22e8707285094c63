package nl.klantregistratie.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.klantregistratie.base.EditDistance;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.suggestion.MatchField.Match;
import nl.klantregistratie.suggestion.MatchField.Strength;
import org.jspecify.annotations.Nullable;

/**
 * Scores whether two person registrations are the same person, with the reasons. Points per field
 * (docs/domain.md, "Koppelvoorstellen"): achternaam (with tussenvoegsel, accents and spaces folded) the
 * same +30, a typo or one part of the other's double name ("de Vries", "Jansen-de Vries") +25,
 * different −30; voornaam the same +20 (initials the same +15, one's initials the start of the
 * other's +8), nearly the same +12, different −40 (twins); geboortedatum the same +30, day and month
 * swapped +15, one other digit +5, different −50 (namesakes); privé e-mail +30; privé mobiel +30;
 * postcode and huisnummer +20, or where one lacks the postcode or the huisnummer, the part both have
 * +15. A missing field counts 0. A pair is suggested from {@value #THRESHOLD} points.
 */
public final class SuggestionScorer {

    public static final int THRESHOLD = 60;
    /** From this score a suggestion is "very likely". */
    public static final int HIGH = 90;

    private SuggestionScorer() {}

    /** The comparable form of a record, computed once per record. */
    public record Prepared(
            PersonRecord record,
            String surname,
            List<String> surnameParts,
            String initials,
            String firstName,
            String firstNames,
            @Nullable LocalDate birthDate,
            String email,
            String mobile,
            String address,
            String postcode,
            String houseNumber) {

        public static Prepared of(PersonRecord record) {
            String fullSurname = join(record.tussenvoegsel(), record.achternaam());
            String surname = letters(fullSurname);
            List<String> surnameParts = Arrays.stream(fullSurname.split("-"))
                    .map(SuggestionScorer::letters)
                    .filter(part -> !part.isEmpty())
                    .toList();
            String firstNames = SearchKeys.normalize(record.voornamen());
            String firstName = firstNames.isEmpty() ? "" : letters(firstNames.split(" ")[0]);
            String initials = letters(SearchKeys.normalize(record.voorletters()));
            if (initials.isEmpty() && !firstNames.isEmpty()) {
                StringBuilder fromNames = new StringBuilder();
                for (String name : firstNames.split(" ")) {
                    String plain = letters(name);
                    if (!plain.isEmpty()) {
                        fromNames.append(plain.charAt(0));
                    }
                }
                initials = fromNames.toString();
            }
            if (firstName.isEmpty() && record.roepnaam() != null) {
                firstName = letters(SearchKeys.normalize(record.roepnaam()));
            }
            String email = record.priveEmail() == null
                    ? ""
                    : record.priveEmail().strip().toLowerCase(Locale.ROOT);
            String mobile =
                    record.priveMobiel() == null ? "" : record.priveMobiel().replaceAll("[^0-9+]", "");
            String postcode = record.postcode() == null
                    ? ""
                    : record.postcode().replace(" ", "").toUpperCase(Locale.ROOT);
            String houseNumber = record.huisnummer() == null
                    ? ""
                    : record.huisnummer()
                            + letters(SearchKeys.normalize(join(record.huisletter(), record.toevoeging())));
            String address = postcode.isEmpty() || houseNumber.isEmpty() ? "" : postcode + houseNumber;
            String allFirstNames = String.join(
                    " ",
                    Arrays.stream(firstNames.split(" "))
                            .map(SuggestionScorer::letters)
                            .filter(name -> !name.isEmpty())
                            .toList());
            return new Prepared(
                    record,
                    surname,
                    surnameParts,
                    initials,
                    firstName,
                    allFirstNames,
                    record.geboortedatum(),
                    email,
                    mobile,
                    address,
                    postcode,
                    houseNumber);
        }

        public char initial() {
            return initials.isEmpty() ? '-' : initials.charAt(0);
        }
    }

    /**
     * The score and the matching fields; the score alone says whether it is a suggestion.
     *
     * @param conflicting whether a field both have differs (another first name, a later voornaam or
     *     birth date, fewer initials, an achternaam more than a typo apart): then no third
     *     registration makes them one person
     */
    public record Score(int points, List<Match> matches, boolean conflicting) {

        public Score(int points, List<Match> matches) {
            this(points, matches, false);
        }

        public boolean isSuggestion() {
            return points >= THRESHOLD;
        }
    }

    /**
     * Whether nothing the two have tells them apart: the same achternaam; the same voornamen and the
     * same initials where both have them ({@code nameNeeded}: one of the two at least); and no other
     * field both have differs, privé e-mail, mobiel, postcode and huisnummer included.
     */
    static boolean nothingTellsApart(Prepared a, Prepared b, boolean nameNeeded) {
        if (a.surname().isEmpty() || !a.surname().equals(b.surname())) {
            return false;
        }
        boolean bothNames = !a.firstNames().isEmpty() && !b.firstNames().isEmpty();
        boolean bothInitials = !a.initials().isEmpty() && !b.initials().isEmpty();
        if ((nameNeeded && !(bothNames || bothInitials))
                || (bothNames && !a.firstNames().equals(b.firstNames()))
                || (bothInitials && !a.initials().equals(b.initials()))
                || differs(a.email(), b.email())
                || differs(a.mobile(), b.mobile())
                || differs(a.postcode(), b.postcode())
                || differs(a.houseNumber(), b.houseNumber())) {
            return false;
        }
        return !score(a, b).conflicting();
    }

    /** Whether both give more voornamen than the first and these differ ("Jacoba Gerda", "Jacoba Theodorus"). */
    private static boolean laterNamesDiffer(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return !(longer.equals(shorter) || longer.startsWith(shorter + " "));
    }

    private static boolean equal(String a, String b) {
        return !a.isEmpty() && a.equals(b);
    }

    private static boolean differs(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }

    public static Score score(PersonRecord a, PersonRecord b) {
        return score(Prepared.of(a), Prepared.of(b));
    }

    public static Score score(Prepared a, Prepared b) {
        int points = 0;
        boolean conflicting = false;
        List<Match> matches = new ArrayList<>(6);

        if (!a.surname().isEmpty() && !b.surname().isEmpty()) {
            if (a.surname().equals(b.surname())) {
                points += 30;
                matches.add(new Match(MatchField.ACHTERNAAM, Strength.EXACT));
            } else if (typo(a.surname(), b.surname()) || marriedName(a, b)) {
                points += 25;
                matches.add(new Match(MatchField.ACHTERNAAM, Strength.SIMILAR));
            } else {
                conflicting = true;
                points -= 30;
            }
        }

        if (!a.firstName().isEmpty() && !b.firstName().isEmpty()) {
            if (a.firstName().equals(b.firstName()) && laterNamesDiffer(a.firstNames(), b.firstNames())) {
                conflicting = true; // Jacoba Gerda and Jacoba Theodorus
            } else if (a.firstName().equals(b.firstName())) {
                points += 20;
                matches.add(new Match(MatchField.VOORNAAM, Strength.EXACT));
            } else if (typo(a.firstName(), b.firstName())) {
                points += 12;
                matches.add(new Match(MatchField.VOORNAAM, Strength.SIMILAR));
            } else {
                conflicting = true;
                points -= 40;
            }
        } else if (!a.initials().isEmpty() && !b.initials().isEmpty()) {
            if (a.initials().equals(b.initials())) {
                points += 15;
                matches.add(new Match(MatchField.VOORNAAM, Strength.EXACT));
            } else if (a.initials().startsWith(b.initials()) || b.initials().startsWith(a.initials())) {
                // "J." against "J.P.": perhaps one person, but a difference a third cannot bridge
                conflicting = true;
                points += 8;
                matches.add(new Match(MatchField.VOORNAAM, Strength.SIMILAR));
            } else {
                conflicting = true;
                points -= 40;
            }
        }

        if (a.birthDate() != null && b.birthDate() != null) {
            if (a.birthDate().equals(b.birthDate())) {
                points += 30;
                matches.add(new Match(MatchField.GEBOORTEDATUM, Strength.EXACT));
            } else if (dateTypo(a.birthDate(), b.birthDate())) {
                points += swapped(a.birthDate(), b.birthDate()) ? 15 : 5;
                matches.add(new Match(MatchField.GEBOORTEDATUM, Strength.SIMILAR));
            } else {
                conflicting = true;
                points -= 50;
            }
        }

        if (!a.email().isEmpty() && a.email().equals(b.email())) {
            points += 30;
            matches.add(new Match(MatchField.PRIVE_EMAIL, Strength.EXACT));
        }
        if (!a.mobile().isEmpty() && a.mobile().equals(b.mobile())) {
            points += 30;
            matches.add(new Match(MatchField.PRIVE_MOBIEL, Strength.EXACT));
        }
        if (!a.address().isEmpty() && a.address().equals(b.address())) {
            points += 20;
            matches.add(new Match(MatchField.ADRES, Strength.EXACT));
        } else if ((a.address().isEmpty() || b.address().isEmpty())
                && (equal(a.postcode(), b.postcode()) || equal(a.houseNumber(), b.houseNumber()))
                && !differs(a.postcode(), b.postcode())
                && !differs(a.houseNumber(), b.houseNumber())) {
            // one without the postcode or the huisnummer, the rest of the address the same
            points += 15;
            matches.add(new Match(MatchField.ADRES, Strength.SIMILAR));
        }
        return new Score(points, List.copyOf(matches), conflicting);
    }

    /** One edit apart (insert, delete, change or swap of neighbours), for words of 4 letters or more. */
    static boolean typo(String a, String b) {
        if (Math.min(a.length(), b.length()) < 4 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return EditDistance.between(a, b) <= 1;
    }

    /**
     * One achternaam is a part of the other's double name: "de Vries" and "Jansen-de Vries" (a
     * married name with the partner's name before or after the own).
     */
    static boolean marriedName(Prepared a, Prepared b) {
        return a.surnameParts().size() != b.surnameParts().size()
                && (a.surnameParts().contains(b.surname()) || b.surnameParts().contains(a.surname()));
    }

    /** Day and month swapped, or one digit different in dd-MM-yyyy. */
    static boolean dateTypo(LocalDate a, LocalDate b) {
        if (swapped(a, b)) {
            return true;
        }
        // the digits of yyyyMMdd, compared one by one
        int x = a.getYear() * 10_000 + a.getMonthValue() * 100 + a.getDayOfMonth();
        int y = b.getYear() * 10_000 + b.getMonthValue() * 100 + b.getDayOfMonth();
        int differences = 0;
        for (int digit = 0; digit < 8; digit++, x /= 10, y /= 10) {
            if (x % 10 != y % 10) {
                differences++;
            }
        }
        return differences == 1;
    }

    /** Day and month swapped (4 March and 3 April): the one slip of a birth date that is typed often. */
    static boolean swapped(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear()
                && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth();
    }

    private static String join(@Nullable String first, @Nullable String second) {
        return (first == null ? "" : first) + " " + (second == null ? "" : second);
    }

    /** Lower-case letters and digits only, accents folded. */
    static String letters(String text) {
        String folded = SearchKeys.normalize(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
