package nl.klantregistratie.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.demo.DutchNames;
import org.jspecify.annotations.Nullable;

/**
 * Person registrations with known duplicates, for measuring the suggestions: people (Dutch names from
 * {@link DutchNames}, drawn from limited pools so namesakes are common), each as a klant-persoon (70 %) and/or
 * 0–3 contactpersonen that copy them with the noise of real registries — typos in the achternaam,
 * initials instead of voornamen, the tussenvoegsel typed into the achternaam, other capitals and
 * accents, missing birth date, e-mail, mobiel or address, a typo in the birth date — plus different
 * people who look alike: twins (same surname, birth date and address, another first name) and
 * namesakes (same name, another birth date). Fixed seed: the same data every run.
 */
public final class DuplicateGenerator {

    private static final String[] TUSSENVOEGSELS = {"van", "de", "van der", "van den", "ter", "van de", "den"};

    /** The registrations, and for each its person (same number = same person). */
    public record Dataset(List<PersonRecord> records, int[] personOf) {

        /** Pairs a perfect suggester would find, to link or to merge: every two records of one person. */
        public long truePairsToLinkOrMerge() {
            long pairs = 0;
            Map<Integer, Integer> count = new HashMap<>();
            for (int person : personOf) {
                count.merge(person, 1, Integer::sum);
            }
            for (int n : count.values()) {
                pairs += (long) n * (n - 1) / 2;
            }
            return pairs;
        }

        /** Pairs a perfect suggester would find: records of one person, not two klant-personen. */
        public long truePairs() {
            Map<Integer, List<PersonRecord>> byPerson = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                byPerson.computeIfAbsent(personOf[i], p -> new ArrayList<>()).add(records.get(i));
            }
            long pairs = 0;
            for (List<PersonRecord> same : byPerson.values()) {
                for (int a = 0; a < same.size(); a++) {
                    for (int b = a + 1; b < same.size(); b++) {
                        if (!(same.get(a).isClientPerson() && same.get(b).isClientPerson())) {
                            pairs++;
                        }
                    }
                }
            }
            return pairs;
        }

        public int personOfId(long id) {
            return personOf[(int) id - 1];
        }
    }

    /** Precision and recall of a list of suggestions on this data. */
    public record Quality(long suggested, long correct, long truePairs) {

        public double precision() {
            return suggested == 0 ? 1 : (double) correct / suggested;
        }

        public double recall() {
            return truePairs == 0 ? 1 : (double) correct / truePairs;
        }

        /** Link suggestions and merge proposals together, against every pair of records of one person. */
        public static Quality ofAll(Dataset data, SuggestionFinder.Found found) {
            List<PairKey> pairs = new ArrayList<>();
            found.links().forEach(link -> pairs.add(link.pair()));
            found.merges().forEach(merge -> pairs.addAll(merge.pairs()));
            long correct = pairs.stream()
                    .filter(pair -> data.personOfId(pair.first()) == data.personOfId(pair.second()))
                    .count();
            return new Quality(pairs.size(), correct, data.truePairsToLinkOrMerge());
        }

        public static Quality of(Dataset data, List<LinkSuggestion> suggestions) {
            long correct = suggestions.stream()
                    .filter(s -> data.personOfId(s.follower().id())
                            == data.personOfId(s.head().id()))
                    .count();
            return new Quality(suggestions.size(), correct, data.truePairs());
        }
    }

    private record Person(
            String voornamen,
            String voorletters,
            @Nullable String tussenvoegsel,
            String achternaam,
            @Nullable LocalDate birth,
            @Nullable String email,
            @Nullable String mobile,
            @Nullable String postcode,
            @Nullable Integer huisnummer) {}

    private final Random random;
    private final List<String> surnames = new ArrayList<>();
    private final List<String> firstNames = new ArrayList<>();
    private final List<PersonRecord> records = new ArrayList<>();
    private final List<Integer> persons = new ArrayList<>();
    private int nextPerson;

    /** Also people registered twice as klant-persoon, or twice at one klant-bedrijf (3 % each). */
    private final boolean mergeCases;

    public DuplicateGenerator(long seed) {
        this(seed, false);
    }

    /**
     * With {@code mergeCases}, besides: 3 % of the klant-personen registered a second time (with the
     * noise of a copy), and 3 % of the contactpersonen a second time at the same klant-bedrijf.
     */
    public DuplicateGenerator(long seed, boolean mergeCases) {
        random = new Random(seed);
        this.mergeCases = mergeCases;
    }

    /** About {@code registrations} registrations (it stops at the first person past that number). */
    public Dataset generate(int registrations) {
        int pool = Math.max(200, registrations / 25);
        for (int i = 0; i < pool; i++) {
            surnames.add(DutchNames.surname(random).achternaam());
        }
        for (int i = 0; i < 400; i++) {
            firstNames.add(DutchNames.firstName(random));
        }
        while (records.size() < registrations) {
            Person person = person();
            int id = nextPerson++;
            emit(person, id);
            double other = random.nextDouble();
            if (other < 0.01) { // a twin: same surname, birth date and address, another first name
                Person twin = new Person(
                        otherFirstName(person.voornamen()),
                        "",
                        person.tussenvoegsel(),
                        person.achternaam(),
                        person.birth(),
                        null,
                        mobile(),
                        person.postcode(),
                        person.huisnummer());
                emit(withInitials(twin), nextPerson++);
            } else if (other < 0.03) { // a namesake: same name, another birth date
                Person namesake = new Person(
                        person.voornamen(),
                        person.voorletters(),
                        person.tussenvoegsel(),
                        person.achternaam(),
                        birth(),
                        email(),
                        mobile(),
                        null,
                        null);
                emit(namesake, nextPerson++);
            }
        }
        int[] personOf = persons.stream().mapToInt(Integer::intValue).toArray();
        return new Dataset(List.copyOf(records), personOf);
    }

    private void emit(Person person, int id) {
        boolean klant = random.nextDouble() < 0.7;
        if (klant) {
            add(RegistrationKind.PERSOON, person, id);
            if (mergeCases && random.nextDouble() < 0.03) {
                add(RegistrationKind.PERSOON, noisy(person), id);
            }
        }
        double r = random.nextDouble();
        int copies = r < 0.5 ? 0 : r < 0.8 ? 1 : r < 0.95 ? 2 : 3;
        if (!klant && copies == 0) {
            copies = 1;
        }
        for (int c = 0; c < copies; c++) {
            add(RegistrationKind.CONTACT, noisy(person), id);
            if (mergeCases && random.nextDouble() < 0.03) {
                add(
                        RegistrationKind.CONTACT,
                        noisy(person),
                        id,
                        records.getLast().companyId());
            }
        }
    }

    private void add(RegistrationKind kind, Person p, int personId) {
        add(kind, p, personId, null);
    }

    /** A registration; a contactpersoon at {@code company} if given, else (with merge cases) at one of its own. */
    private void add(RegistrationKind kind, Person p, int personId, @Nullable Long company) {
        long id = records.size() + 1;
        Long companyId = kind != RegistrationKind.CONTACT || !mergeCases ? null : company == null ? id : company;
        boolean initialsOnly = kind == RegistrationKind.CONTACT && random.nextDouble() < 0.5;
        records.add(new PersonRecord(
                id,
                kind,
                100_000 + id,
                p.voorletters(),
                initialsOnly ? null : p.voornamen(),
                null,
                p.tussenvoegsel(),
                p.achternaam(),
                p.birth(),
                p.email(),
                p.mobile(),
                p.postcode(),
                p.huisnummer(),
                null,
                null,
                0,
                kind == RegistrationKind.CONTACT ? "Bedrijf " + (companyId == null ? id % 997 : companyId) : null,
                0,
                companyId,
                null));
        persons.add(personId);
    }

    private Person person() {
        String voornamen = firstNames.get(random.nextInt(firstNames.size()))
                + (random.nextDouble() < 0.4 ? " " + firstNames.get(random.nextInt(firstNames.size())) : "");
        String tussenvoegsel =
                random.nextDouble() < 0.25 ? TUSSENVOEGSELS[random.nextInt(TUSSENVOEGSELS.length)] : null;
        String achternaam = surnames.get((int) Math.floor(Math.pow(random.nextDouble(), 2) * surnames.size()));
        boolean hasAddress = random.nextDouble() < 0.8;
        return withInitials(new Person(
                voornamen,
                "",
                tussenvoegsel,
                achternaam,
                birth(),
                random.nextDouble() < 0.6 ? email() : null,
                random.nextDouble() < 0.6 ? mobile() : null,
                hasAddress ? postcode() : null,
                hasAddress ? 1 + random.nextInt(200) : null));
    }

    private Person noisy(Person p) {
        String achternaam = p.achternaam();
        String tussenvoegsel = p.tussenvoegsel();
        if (random.nextDouble() < 0.1) {
            achternaam = typo(achternaam);
        }
        if (tussenvoegsel != null && random.nextDouble() < 0.1) {
            achternaam = tussenvoegsel + " " + achternaam;
            tussenvoegsel = null;
        }
        if (random.nextDouble() < 0.1) {
            achternaam = achternaam.toUpperCase(Locale.ROOT);
        }
        LocalDate birth = random.nextDouble() < 0.25 ? null : p.birth();
        if (birth != null && random.nextDouble() < 0.05) {
            birth = dateTypo(birth);
        }
        return new Person(
                p.voornamen(),
                random.nextDouble() < 0.2 ? "" : p.voorletters(),
                tussenvoegsel,
                achternaam,
                birth,
                random.nextDouble() < 0.4 ? null : p.email(),
                random.nextDouble() < 0.4 ? null : p.mobile(),
                random.nextDouble() < 0.3 ? null : p.postcode(),
                random.nextDouble() < 0.3 ? null : p.huisnummer());
    }

    private Person withInitials(Person p) {
        StringBuilder initials = new StringBuilder();
        for (String name : p.voornamen().split(" ")) {
            if (!name.isEmpty()) {
                initials.append(Character.toUpperCase(name.charAt(0))).append('.');
            }
        }
        return new Person(
                p.voornamen(),
                initials.toString(),
                p.tussenvoegsel(),
                p.achternaam(),
                p.birth(),
                p.email(),
                p.mobile(),
                p.postcode(),
                p.huisnummer());
    }

    private String otherFirstName(String voornamen) {
        String first = voornamen.split(" ")[0];
        String other;
        do {
            other = firstNames.get(random.nextInt(firstNames.size()));
        } while (other.equalsIgnoreCase(first)
                || SuggestionScorer.typo(SuggestionScorer.letters(other), SuggestionScorer.letters(first)));
        return other;
    }

    private String typo(String word) {
        if (word.length() < 5) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
        };
    }

    /** One digit of the day typed wrong, or day and month swapped. */
    private LocalDate dateTypo(LocalDate date) {
        if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue() && random.nextBoolean()) {
            return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        }
        int tens = date.getDayOfMonth() / 10;
        int units = date.getDayOfMonth() % 10;
        int other = (units + 1 + random.nextInt(8)) % 10;
        int day = Math.max(1, Math.min(tens * 10 + other, 28));
        return day == date.getDayOfMonth() ? date.withDayOfMonth(day == 1 ? 2 : day - 1) : date.withDayOfMonth(day);
    }

    private LocalDate birth() {
        return LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65));
    }

    private String email() {
        return DutchNames.firstName(random).toLowerCase(Locale.ROOT) + "."
                + surnames.get(random.nextInt(surnames.size()))
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z]", "")
                + random.nextInt(1000) + "@" + DutchNames.freeMailDomain(random);
    }

    private String mobile() {
        return "+316" + (10_000_000 + random.nextInt(90_000_000));
    }

    private String postcode() {
        return (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                + (char) ('B' + random.nextInt(24));
    }
}
