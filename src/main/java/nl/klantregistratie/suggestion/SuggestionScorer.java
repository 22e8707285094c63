package nl.klantregistratie.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.klantregistratie.base.EditDistance;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.suggestion.MatchField.Match;
import nl.klantregistratie.suggestion.MatchField.Strength;
import org.jspecify.annotations.Nullable;

/**
 * Scores whether two person registrations are the same person, with the reasons. Points per field:
 * achternaam (with tussenvoegsel, accents and spaces folded) the same +30, a typo +18, different −30;
 * voornaam the same +20 (initials the same +15, one's initials the start of the other's +8), nearly
 * the same +12, different −40 (twins); geboortedatum the same +30, a typo +15, different −50
 * (namesakes); privé e-mail +30; privé mobiel +30; postcode and huisnummer +15. A missing field counts
 * 0. A pair is suggested from {@value #THRESHOLD} points.
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
            String initials,
            String firstName,
            @Nullable LocalDate birthDate,
            String email,
            String mobile,
            String address) {

        public static Prepared of(PersonRecord record) {
            String surname = letters(join(record.tussenvoegsel(), record.achternaam()));
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
            String address = "";
            if (record.postcode() != null && record.huisnummer() != null) {
                address = record.postcode().replace(" ", "").toUpperCase(Locale.ROOT)
                        + record.huisnummer()
                        + letters(SearchKeys.normalize(join(record.huisletter(), record.toevoeging())));
            }
            return new Prepared(record, surname, initials, firstName, record.geboortedatum(), email, mobile, address);
        }

        public char initial() {
            return initials.isEmpty() ? '-' : initials.charAt(0);
        }
    }

    /** The score and the matching fields; the score alone says whether it is a suggestion. */
    public record Score(int points, List<Match> matches) {

        public boolean isSuggestion() {
            return points >= THRESHOLD;
        }
    }

    public static Score score(PersonRecord a, PersonRecord b) {
        return score(Prepared.of(a), Prepared.of(b));
    }

    public static Score score(Prepared a, Prepared b) {
        int points = 0;
        List<Match> matches = new ArrayList<>(6);

        if (!a.surname().isEmpty() && !b.surname().isEmpty()) {
            if (a.surname().equals(b.surname())) {
                points += 30;
                matches.add(new Match(MatchField.ACHTERNAAM, Strength.EXACT));
            } else if (typo(a.surname(), b.surname())) {
                points += 18;
                matches.add(new Match(MatchField.ACHTERNAAM, Strength.SIMILAR));
            } else {
                points -= 30;
            }
        }

        if (!a.firstName().isEmpty() && !b.firstName().isEmpty()) {
            if (a.firstName().equals(b.firstName())) {
                points += 20;
                matches.add(new Match(MatchField.VOORNAAM, Strength.EXACT));
            } else if (typo(a.firstName(), b.firstName())) {
                points += 12;
                matches.add(new Match(MatchField.VOORNAAM, Strength.SIMILAR));
            } else {
                points -= 40;
            }
        } else if (!a.initials().isEmpty() && !b.initials().isEmpty()) {
            if (a.initials().equals(b.initials())) {
                points += 15;
                matches.add(new Match(MatchField.VOORNAAM, Strength.EXACT));
            } else if (a.initials().startsWith(b.initials()) || b.initials().startsWith(a.initials())) {
                points += 8;
                matches.add(new Match(MatchField.VOORNAAM, Strength.SIMILAR));
            } else {
                points -= 40;
            }
        }

        if (a.birthDate() != null && b.birthDate() != null) {
            if (a.birthDate().equals(b.birthDate())) {
                points += 30;
                matches.add(new Match(MatchField.GEBOORTEDATUM, Strength.EXACT));
            } else if (dateTypo(a.birthDate(), b.birthDate())) {
                points += 15;
                matches.add(new Match(MatchField.GEBOORTEDATUM, Strength.SIMILAR));
            } else {
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
            points += 15;
            matches.add(new Match(MatchField.ADRES, Strength.EXACT));
        }
        return new Score(points, List.copyOf(matches));
    }

    /** One edit apart (insert, delete, change or swap of neighbours), for words of 4 letters or more. */
    static boolean typo(String a, String b) {
        if (Math.min(a.length(), b.length()) < 4 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return EditDistance.between(a, b) <= 1;
    }

    /** Day and month swapped, or one digit different in dd-MM-yyyy. */
    static boolean dateTypo(LocalDate a, LocalDate b) {
        if (a.getYear() == b.getYear()
                && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth()) {
            return true;
        }
        String x = String.format("%04d%02d%02d", a.getYear(), a.getMonthValue(), a.getDayOfMonth());
        String y = String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth());
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
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
