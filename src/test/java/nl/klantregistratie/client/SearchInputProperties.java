package nl.klantregistratie.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whatever a user types into the search field, {@link ClientService#search} answers without an error,
 * and LIKE wildcards in the input ({@code %}, {@code _}) and the escape character ({@code !}) match
 * only themselves. On the embedded database; {@link SearchInputMariaDbProperties} runs the same
 * properties on MariaDB.
 *
 * <p>The oracle: every row found either has a search key that starts with the normalised input, or
 * has the klantnummer typed; and when the page is not full, every fixture that matches is on it.
 * The fixtures are saved for and deleted after each property (the Spring context, and with it the
 * database, is shared with other test classes, whose rows may also turn up; the oracle allows that).
 */
@JqwikSpringSupport
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
@PropertyDefaults(tries = 200) // 1-3 s per property on H2, also on a busy 2-core machine
class SearchInputProperties {

    private static final int PAGE_SIZE = 20;
    /** ClientService reads only the first 200 characters of the search text. */
    private static final int SEARCH_TEXT_CAP = 200;

    private static final Set<RegistrationKind> KLANT_KINDS = Set.of(RegistrationKind.PERSOON, RegistrationKind.BEDRIJF);

    private static final List<String> COMPANY_NAMES = List.of(
            "100% Zeker B.V.",
            "100 Procent Vastgoed",
            "1000 Zorgen B.V.",
            "%Korting Groothandel",
            "Snel_Transport",
            "SnelxTransport",
            "Plain Name",
            "Plainxname Holding",
            "Hup!Holland",
            "Back\\slash Bouw",
            "'t Hooft Makelaardij",
            "\"De Zon\" Zonwering",
            "Zoë & Çelik V.O.F.",
            "Smørrebrød 😀 Lunch");

    @Autowired
    ClientService clients;

    @Autowired
    RegistrationRepository registrations;

    private final List<Registration> fixtures = new ArrayList<>();

    /*
     * jqwik-spring injects the fields and applies @WithMockUser around each try, not around
     * @BeforeProperty (and @Autowired parameters of a lifecycle method declared here would be resolved
     * against this class's context, also when a subclass runs on another database). So the first try
     * of each property saves the fixtures, and they are removed after the property through the
     * repository, which needs no signed-in user.
     */
    private List<Registration> fixtures() {
        if (fixtures.isEmpty()) {
            for (String name : COMPANY_NAMES) {
                fixtures.add(clients.save(TestData.company(name)));
            }
            fixtures.add(clients.save(TestData.person("O'Brien", "S.", null)));
            fixtures.add(clients.save(TestData.person("Brüggen", "J.P.", "van der")));
            fixtures.add(clients.save(TestData.person("Under_Score", "U.", null)));
            ClientCompany company = (ClientCompany) fixtures.get(COMPANY_NAMES.indexOf("Snel_Transport"));
            fixtures.add(clients.save(TestData.contact(company, "Dri%ver_s", "D.")));
        }
        return fixtures;
    }

    @AfterProperty
    void deleteFixtures() {
        if (!fixtures.isEmpty()) {
            // contactpersonen (saved last) before their klant-bedrijf
            registrations.deleteAllById(
                    fixtures.reversed().stream().map(Registration::getId).toList());
            fixtures.clear();
        }
    }

    // ---------------------------------------------------------------- properties

    @Property
    void anyInputIsAnsweredAndMatchesLiterally(@ForAll("searchTexts") String text) {
        fixtures();
        List<RegistrationSummary> found = clients.search(ClientSearch.klanten(text), PageRequest.of(0, PAGE_SIZE));

        assertLiteralPrefixOrKlantnummer(text, found, KLANT_KINDS);
    }

    @Property
    void aWildcardInsteadOfACharacterFindsNothingThatDoesNotHaveIt(
            @ForAll("fixturePrefixesWithAWildcard") String text) {
        fixtures();
        List<RegistrationSummary> found = clients.search(ClientSearch.klanten(text), PageRequest.of(0, PAGE_SIZE));

        assertLiteralPrefixOrKlantnummer(text, found, KLANT_KINDS);
    }

    @Property
    void contactpersonenSearchTakesAnyInputToo(@ForAll("searchTexts") String text) {
        fixtures();
        List<RegistrationSummary> found =
                clients.search(ClientSearch.contactpersonen(text), PageRequest.of(0, PAGE_SIZE));

        assertLiteralPrefixOrKlantnummer(text, found, Set.of(RegistrationKind.CONTACT));
    }

    // ---------------------------------------------------------------- examples

    @Example
    void percentIsAPercentSign() {
        fixtures();
        assertThat(zoeknamen("100%")).containsExactly("100% Zeker B.V.");
        assertThat(zoeknamen("100% z")).containsExactly("100% Zeker B.V.");
        assertThat(zoeknamen("100%z")).isEmpty();
        assertThat(zoeknamen("%"))
                .contains("%Korting Groothandel")
                .doesNotContain("100% Zeker B.V.")
                .allSatisfy(name -> assertThat(name).startsWith("%"));
        assertThat(zoeknamen("%k")).containsExactly("%Korting Groothandel");
        assertThat(zoeknamen("%zeker")).isEmpty();
    }

    @Example
    void underscoreIsAnUnderscore() {
        fixtures();
        assertThat(zoeknamen("snel_")).containsExactly("Snel_Transport");
        assertThat(zoeknamen("snel_transport")).containsExactly("Snel_Transport");
        assertThat(zoeknamen("snelxtransport")).containsExactly("SnelxTransport");
        assertThat(zoeknamen("plain_name")).isEmpty();
        assertThat(zoeknamen("plain_")).isEmpty();
        assertThat(zoeknamen("_")).allSatisfy(name -> assertThat(name).startsWith("_"));
        assertThat(zoeknamen("under_")).containsExactly("Under_Score, U.");
        assertThat(zoeknamen("____")).allSatisfy(name -> assertThat(name).startsWith("____"));
    }

    @Example
    void escapeCharacterBackslashAndQuotesAreOrdinaryCharacters() {
        fixtures();
        assertThat(zoeknamen("hup!")).containsExactly("Hup!Holland");
        assertThat(zoeknamen("hup!h")).containsExactly("Hup!Holland");
        assertThat(zoeknamen("hup!!")).isEmpty();
        assertThat(zoeknamen("hup!%")).isEmpty();
        assertThat(zoeknamen("!")).allSatisfy(name -> assertThat(name).startsWith("!"));
        assertThat(zoeknamen("back\\")).containsExactly("Back\\slash Bouw");
        assertThat(zoeknamen("back\\s")).containsExactly("Back\\slash Bouw");
        assertThat(zoeknamen("back\\\\")).isEmpty();
        assertThat(zoeknamen("back\\%")).isEmpty();
        assertThat(zoeknamen("'t")).containsExactly("'t Hooft Makelaardij");
        assertThat(zoeknamen("''")).isEmpty();
        assertThat(zoeknamen("o'b")).containsExactly("O'Brien, S.");
        assertThat(zoeknamen("\"de zon\"")).containsExactly("\"De Zon\" Zonwering");
        assertThat(zoeknamen("' or '1'='1")).isEmpty();
        assertThat(zoeknamen("\" or \"\"=\"")).isEmpty();
    }

    @Example
    void accentsCaseAndEmojiMatchAsNormalised() {
        fixtures();
        assertThat(zoeknamen("ZOE & CELIK")).containsExactly("Zoë & Çelik V.O.F.");
        assertThat(zoeknamen("smorrebrod 😀")).containsExactly("Smørrebrød 😀 Lunch");
        assertThat(zoeknamen("Smørrebrød 😀 L")).containsExactly("Smørrebrød 😀 Lunch");
        assertThat(zoeknamen("smorrebrod 😁")).isEmpty();
    }

    @Example
    void contactpersonenToo() {
        fixtures();
        assertThat(contactZoeknamen("dri%")).containsExactly("Dri%ver_s, D.");
        assertThat(contactZoeknamen("dri%ver_")).containsExactly("Dri%ver_s, D.");
        assertThat(contactZoeknamen("dri_")).isEmpty();
        assertThat(contactZoeknamen("d%s")).isEmpty();
        assertThat(clients.search(ClientSearch.contactpersonen("dri%"), PageRequest.of(0, PAGE_SIZE)))
                .singleElement()
                .satisfies(row -> assertThat(row.bedrijf()).isEqualTo("Snel_Transport"));
    }

    @Example
    void aKlantnummerFindsExactlyThatKlant() {
        Registration plain = fixture("Plain Name");
        String klantnummer = String.valueOf(plain.getKlantnummer());

        assertThat(clients.search(ClientSearch.klanten(" " + klantnummer + " "), PageRequest.of(0, PAGE_SIZE)))
                .extracting(RegistrationSummary::id)
                .contains(plain.getId());
        assertThat(zoeknamen(klantnummer + "%")).isEmpty();
        assertThat(zoeknamen(klantnummer.substring(0, 3) + "_" + klantnummer.substring(4)))
                .isEmpty();
    }

    // ---------------------------------------------------------------- the oracle

    private void assertLiteralPrefixOrKlantnummer(
            String text, List<RegistrationSummary> found, Set<RegistrationKind> kinds) {
        String key = expectedKey(text);
        // Half a surrogate pair is no text: a JDBC driver sends it as '?' (MariaDB), H2 keeps it.
        String keyAsSent = replaceLoneSurrogates(key);
        assertThat(found).hasSizeLessThanOrEqualTo(PAGE_SIZE);
        // the first digits of a klantnummer find those klantnummers, and then only those
        boolean byFirstDigits = found.stream().anyMatch(row -> startsKlantnummer(text, row.klantnummer()));
        for (RegistrationSummary row : found) {
            assertThat(row.kind()).isIn(kinds);
            String rowKey = SearchKeys.normalize(row.zoeknaam());
            assertThat(rowKey.startsWith(key)
                            || rowKey.startsWith(keyAsSent)
                            || isKlantnummer(text, row.klantnummer())
                            || startsKlantnummer(text, row.klantnummer()))
                    .as("%s (klantnummer %d) found for %s", row.zoeknaam(), row.klantnummer(), describe(text))
                    .isTrue();
        }
        if (found.size() < PAGE_SIZE && key.equals(keyAsSent)) {
            List<Long> ids = found.stream().map(RegistrationSummary::id).toList();
            for (Registration fixture : fixtures()) {
                boolean matches = byFirstDigits
                        ? startsKlantnummer(text, fixture.getKlantnummer())
                        : fixture.getSearchKey().startsWith(key) || isKlantnummer(text, fixture.getKlantnummer());
                if (matches && kinds.contains(fixture.getKind())) {
                    assertThat(ids)
                            .as("%s missing for %s", fixture.getZoeknaam(), describe(text))
                            .contains(fixture.getId());
                }
            }
        }
    }

    private static String replaceLoneSurrogates(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                result.append(c).append(text.charAt(++i));
            } else {
                result.append(Character.isSurrogate(c) ? '?' : c);
            }
        }
        return result.toString();
    }

    /** The search key the input stands for: the first 200 characters, normalised as stored keys are. */
    static String expectedKey(String text) {
        String stripped = text.strip();
        return SearchKeys.normalize(
                stripped.length() > SEARCH_TEXT_CAP ? stripped.substring(0, SEARCH_TEXT_CAP) : stripped);
    }

    /** Whether the input is the first digits (not starting with 0, fewer than ten) of the klantnummer. */
    private static boolean startsKlantnummer(String text, long klantnummer) {
        String stripped = text.strip();
        return stripped.matches("[1-9][0-9]{0,8}")
                && String.valueOf(klantnummer).startsWith(stripped);
    }

    private static boolean isKlantnummer(String text, long klantnummer) {
        String stripped = text.strip();
        return stripped.matches("[0-9]{1,18}") && Long.parseLong(stripped) == klantnummer;
    }

    /** The input as it can be read in a failure message, also when it is 10,000 characters long. */
    private static String describe(String text) {
        StringBuilder readable = new StringBuilder();
        text.codePoints().limit(80).forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f) {
                readable.appendCodePoint(cp);
            } else {
                readable.append(String.format(Locale.ROOT, "\\u{%x}", cp));
            }
        });
        return "\"" + readable + (text.length() > 80 ? "…\" (" + text.length() + " chars)" : "\"");
    }

    private List<String> zoeknamen(String text) {
        return clients.search(ClientSearch.klanten(text), PageRequest.of(0, PAGE_SIZE)).stream()
                .map(RegistrationSummary::zoeknaam)
                .toList();
    }

    private List<String> contactZoeknamen(String text) {
        return clients.search(ClientSearch.contactpersonen(text), PageRequest.of(0, PAGE_SIZE)).stream()
                .map(RegistrationSummary::zoeknaam)
                .toList();
    }

    private Registration fixture(String zoeknaam) {
        return fixtures().stream()
                .filter(fixture -> zoeknaam.equals(fixture.getZoeknaam()))
                .findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<String> searchTexts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(
                        4,
                        Arbitraries.strings()
                                .withChars("%_\\!'\"` ;-.,&")
                                .withCharRange('a', 'z')
                                .withCharRange('0', '9')
                                .ofMaxLength(20)),
                Tuple.of(
                        2,
                        Arbitraries.strings().withChars("%_!\\").ofMinLength(1).ofMaxLength(6)),
                Tuple.of(2, unicodeText()),
                Tuple.of(
                        1,
                        Arbitraries.strings()
                                .all()
                                .ofMinLength(SEARCH_TEXT_CAP - 2)
                                .ofMaxLength(10_000)),
                Tuple.of(
                        1,
                        Combinators.combine(
                                        fixtureNames(),
                                        Arbitraries.strings().all().ofMaxLength(10_000))
                                .as(String::concat)),
                Tuple.of(4, fixturePrefixes()),
                Tuple.of(2, fixturePrefixesWithAWildcard()),
                Tuple.of(1, klantnummerTexts()));
    }

    /** Accents, ligatures, other scripts, emoji (surrogate pairs), combining marks, zero-width characters. */
    Arbitrary<String> unicodeText() {
        Arbitrary<String> pieces = Arbitraries.of(
                "é", "Ë", "ç", "ß", "ø", "Æ", "ł", "ﬁ", "İ", "ı", "ǅ", "Ω", "Ж", "中", "ا", "😀", "👍🏽", "🇳🇱",
                "\u0301", "\u200b", "\u00a0", "\u3000", "\ufeff", "\u0000", "\ud800", "１２３", "ｚ", "a", "z", " ", "%",
                "_", "!", "\\", "'", "\"");
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    Arbitrary<String> fixtureNames() {
        return Arbitraries.of(allFixtureNames());
    }

    /** The start of a fixture's zoeknaam in mixed case, sometimes with surrounding spaces. */
    Arbitrary<String> fixturePrefixes() {
        return Combinators.combine(
                        fixtureNames(),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.randoms(),
                        Arbitraries.of("", " ", "  ", "\t"))
                .as((name, length, random, padding) -> {
                    String prefix = codePointPrefix(name, length);
                    StringBuilder mixed = new StringBuilder();
                    prefix.codePoints()
                            .forEach(cp -> mixed.appendCodePoint(
                                    random.nextBoolean() ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
                    return padding + mixed + padding;
                });
    }

    /** The start of a fixture's zoeknaam with one character replaced by a wildcard, or a wildcard inserted. */
    @Provide
    Arbitrary<String> fixturePrefixesWithAWildcard() {
        return Combinators.combine(
                        fixtureNames(),
                        Arbitraries.integers().between(2, 30),
                        Arbitraries.integers().between(0, 29),
                        Arbitraries.of('%', '_', '!'),
                        Arbitraries.of(true, false))
                .as((name, length, position, wildcard, replace) -> {
                    String prefix = codePointPrefix(name, length);
                    int at = prefix.offsetByCodePoints(
                            0, Math.min(position, prefix.codePointCount(0, prefix.length()) - 1));
                    int next = prefix.offsetByCodePoints(at, 1);
                    return prefix.substring(0, at) + wildcard + prefix.substring(replace ? next : at);
                });
    }

    Arbitrary<String> klantnummerTexts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(100_000, 100_500).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.longs().between(100_000, 100_500).map(number -> " 0" + number + " "));
    }

    /** The first {@code length} characters as a user sees them (an emoji is one). */
    private static String codePointPrefix(String text, int length) {
        int codePoints = text.codePointCount(0, text.length());
        return text.substring(0, text.offsetByCodePoints(0, Math.min(length, codePoints)));
    }

    private static List<String> allFixtureNames() {
        List<String> names = new ArrayList<>(COMPANY_NAMES);
        names.addAll(List.of("O'Brien, S.", "Brüggen, J.P. van der", "Under_Score, U.", "Dri%ver_s, D."));
        return names;
    }
}
