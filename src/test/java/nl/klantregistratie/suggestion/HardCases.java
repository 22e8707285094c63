package nl.klantregistratie.suggestion;

import static nl.klantregistratie.suggestion.SuggestionScorerTest.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.klantregistratie.client.RegistrationKind;

/**
 * A small hand-made set of hard cases for the suggestions, each a few registrations and the pairs
 * of them that are one person: the slips and changes of real registries (tussenvoegsel written apart
 * or together, initials against full voornamen, a moved address, a married name, day and month
 * swapped, only the name), and different people who look alike (twins, namesakes, father and son,
 * a husband and his wife's double name). {@code SuggestionHardCasesTest} checks them;
 * {@code SuggestionBenchmark} reports them (docs/benchmarks.md, "Koppelvoorstellen").
 */
public final class HardCases {

    private static final RegistrationKind KLANT = RegistrationKind.PERSOON;
    private static final RegistrationKind CONTACT = RegistrationKind.CONTACT;
    private static final LocalDate BIRTH = LocalDate.of(1971, 4, 9);

    /** One case: what it shows, its registrations, and which pairs of them are one person. */
    public record Case(String name, List<PersonRecord> records, Set<PairKey> samePerson) {}

    /** What the suggestions made of the set: pairs suggested, of them correct, and pairs to find. */
    public record Result(int suggested, int correct, int expected, List<String> wrong) {

        public double precision() {
            return suggested == 0 ? 1 : (double) correct / suggested;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }
    }

    private HardCases() {}

    public static List<Case> cases() {
        return List.of(
                new Case(
                        "tussenvoegsel apart and typed into the achternaam",
                        List.of(
                                person(1, KLANT, "P.", "Pieter", "van der", "Meer", BIRTH, null, null, null, null),
                                person(2, CONTACT, "P.", null, null, "Van der Meer", BIRTH, null, null, null, null),
                                person(
                                        3,
                                        CONTACT,
                                        "P.",
                                        null,
                                        null,
                                        "vandermeer",
                                        null,
                                        "pieter@meer.nl",
                                        null,
                                        null,
                                        null),
                                person(
                                        4,
                                        CONTACT,
                                        "P.",
                                        "Pieter",
                                        null,
                                        "vander Meer",
                                        null,
                                        "pieter@meer.nl",
                                        null,
                                        null,
                                        null)),
                        pairs(1, 2, 1, 3, 1, 4, 2, 3, 2, 4, 3, 4)),
                new Case(
                        "initials only against full voornamen",
                        List.of(
                                person(11, KLANT, null, "Jan Pieter", null, "Bosman", BIRTH, null, null, "3511 AB", 4),
                                person(12, CONTACT, "J.P.", null, null, "Bosman", BIRTH, null, null, null, null)),
                        pairs(11, 12)),
                new Case(
                        "a moved address",
                        List.of(
                                person(
                                        21,
                                        KLANT,
                                        "A.",
                                        "Anna",
                                        null,
                                        "Visser",
                                        BIRTH,
                                        null,
                                        "+31612340021",
                                        "1011 AA",
                                        1),
                                person(22, CONTACT, "A.", "Anna", null, "Visser", BIRTH, null, null, "9999 ZZ", 99)),
                        pairs(21, 22)),
                new Case(
                        "a married name (own name after the partner's)",
                        List.of(
                                person(31, KLANT, "M.", "Maria", "de", "Vries", BIRTH, null, null, null, null),
                                person(
                                        32,
                                        CONTACT,
                                        "M.",
                                        "Maria",
                                        null,
                                        "Jansen-de Vries",
                                        BIRTH,
                                        null,
                                        null,
                                        null,
                                        null)),
                        pairs(31, 32)),
                new Case(
                        "day and month of the birth date swapped",
                        List.of(
                                person(
                                        41,
                                        KLANT,
                                        "E.",
                                        "Eva",
                                        null,
                                        "Smit",
                                        LocalDate.of(1980, 3, 5),
                                        null,
                                        null,
                                        null,
                                        null),
                                person(
                                        42,
                                        CONTACT,
                                        "E.",
                                        "Eva",
                                        null,
                                        "Smit",
                                        LocalDate.of(1980, 5, 3),
                                        null,
                                        null,
                                        null,
                                        null)),
                        pairs(41, 42)),
                new Case(
                        "only the name, and no other registration with it",
                        List.of(
                                person(
                                        51,
                                        KLANT,
                                        "J.G.",
                                        "Jacoba Gerda",
                                        null,
                                        "Lindhout",
                                        BIRTH,
                                        null,
                                        null,
                                        "2378 DD",
                                        146),
                                person(
                                        52,
                                        CONTACT,
                                        null,
                                        "Jacoba Gerda",
                                        null,
                                        "Lindhout",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)),
                        pairs(51, 52)),
                new Case(
                        "only the achternaam, at the postcode where no one else of that name lives",
                        List.of(
                                person(61, KLANT, "H.", "Henk", null, "Zandvoort", BIRTH, null, null, "7522 NB", 12),
                                person(62, CONTACT, null, null, null, "Zandvoort", null, null, null, "7522 NB", null)),
                        pairs(61, 62)),
                new Case(
                        "one alike to two who are alike to each other: all three",
                        List.of(
                                person(71, KLANT, "R.", "Ruud", null, "Kok", BIRTH, "ruud@kok.nl", null, null, null),
                                person(
                                        72,
                                        CONTACT,
                                        "R.",
                                        null,
                                        null,
                                        "Kok",
                                        null,
                                        "ruud@kok.nl",
                                        "+31600000072",
                                        null,
                                        null),
                                person(73, CONTACT, "R.", "Ruud", null, "Kok", null, null, "+31600000072", null, null)),
                        pairs(71, 72, 71, 73, 72, 73)),
                new Case(
                        "twins at one address",
                        List.of(
                                person(81, KLANT, "T.", "Thomas", null, "Bakker", BIRTH, null, null, "4321 BA", 7),
                                person(82, KLANT, "T.", "Tim", null, "Bakker", BIRTH, null, null, "4321 BA", 7),
                                person(83, CONTACT, null, null, null, "Bakker", BIRTH, null, null, "4321 BA", 7)),
                        pairs()),
                new Case(
                        "namesakes: only the name would fit either",
                        List.of(
                                person(91, KLANT, "K.", "Koen", null, "Mulder", BIRTH, null, null, null, null),
                                person(
                                        92,
                                        KLANT,
                                        "K.",
                                        "Koen",
                                        null,
                                        "Mulder",
                                        LocalDate.of(1990, 1, 20),
                                        null,
                                        null,
                                        null,
                                        null),
                                person(93, CONTACT, "K.", "Koen", null, "Mulder", null, null, null, null, null)),
                        pairs()),
                new Case(
                        "father and son with one name and address",
                        List.of(
                                person(
                                        101,
                                        KLANT,
                                        "G.",
                                        "Gerrit",
                                        null,
                                        "Hoekstra",
                                        LocalDate.of(1950, 2, 1),
                                        null,
                                        null,
                                        "8911 AA",
                                        3),
                                person(
                                        102,
                                        CONTACT,
                                        "G.",
                                        "Gerrit",
                                        null,
                                        "Hoekstra",
                                        LocalDate.of(1978, 6, 30),
                                        null,
                                        null,
                                        "8911 AA",
                                        3)),
                        pairs()),
                new Case(
                        "a husband and his wife's double name",
                        List.of(
                                person(111, KLANT, "J.", "Jan", null, "Jansen", BIRTH, null, null, "5611 CC", 8),
                                person(
                                        112,
                                        CONTACT,
                                        "M.",
                                        "Maria",
                                        null,
                                        "Jansen-de Vries",
                                        LocalDate.of(1973, 8, 2),
                                        null,
                                        null,
                                        "5611 CC",
                                        8)),
                        pairs()),
                new Case(
                        "more initials than the other, nothing else",
                        List.of(
                                person(121, KLANT, "J.", null, null, "Dekker", null, null, null, null, null),
                                person(122, CONTACT, "J.P.", null, null, "Dekker", null, null, null, null, null)),
                        pairs()));
    }

    /** Runs the suggestions (links and merge proposals alike) on each case on its own. */
    public static Result run() {
        int suggested = 0;
        int correct = 0;
        int expected = 0;
        List<String> wrong = new ArrayList<>();
        for (Case hard : cases()) {
            SuggestionFinder.Found found = SuggestionFinder.findAll(hard.records(), List.of(), Set.of());
            Set<PairKey> pairs = new HashSet<>();
            found.links().forEach(link -> pairs.add(link.pair()));
            found.merges().forEach(merge -> pairs.addAll(merge.pairs()));
            for (PairKey pair : pairs) {
                if (hard.samePerson().contains(pair)) {
                    correct++;
                } else {
                    wrong.add(hard.name() + ": " + pair.first() + " and " + pair.second() + " suggested");
                }
            }
            for (PairKey pair : hard.samePerson()) {
                if (!pairs.contains(pair)) {
                    wrong.add(hard.name() + ": " + pair.first() + " and " + pair.second() + " missed");
                }
            }
            suggested += pairs.size();
            expected += hard.samePerson().size();
        }
        return new Result(suggested, correct, expected, List.copyOf(wrong));
    }

    private static Set<PairKey> pairs(long... ids) {
        Set<PairKey> pairs = new HashSet<>();
        for (int i = 0; i < ids.length; i += 2) {
            pairs.add(PairKey.of(ids[i], ids[i + 1]));
        }
        return Set.copyOf(pairs);
    }
}
