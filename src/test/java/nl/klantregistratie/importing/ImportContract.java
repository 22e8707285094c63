package nl.klantregistratie.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.SignedIn;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Importeren, with files as offices have them, made here: every row's outcome, the matching order,
 * duplicates in the file, what a check leaves (nothing), a crash in the middle and the resume (every
 * row once), and the refusals of what cannot be imported. Run on H2 and on MariaDB.
 */
@WithMockUser(
        username = "manager",
        roles = {"MEDEWERKER", "MANAGER"})
abstract class ImportContract {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired
    ImportService imports;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService history;

    /** A surname no other test run uses, so each test sees only its own registrations. */
    private final String surname =
            "Imp" + TestData.uniqueSuffix(RUN.incrementAndGet() + (int) (System.nanoTime() % 100_000));

    // ---- files

    private static final AtomicInteger BSNS = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    /** A valid BSN (elfproef) no other test uses. */
    private static String uniqueBsn() {
        while (true) {
            String first = String.format("%08d", 20_000_000 + BSNS.incrementAndGet() * 7 % 70_000_000);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check < 10) {
                return first + check;
            }
        }
    }

    private static byte[] csv(String text, Charset charset, boolean bom) {
        byte[] body = text.replace("\n", "\r\n").getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    private static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Blad1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    switch (value) {
                        case LocalDate date -> {
                            sheet.value(r, c, date);
                            sheet.style(r, c).format("d-m-yyyy").set();
                        }
                        case Number number -> sheet.value(r, c, number);
                        case Formula formula -> sheet.formula(r, c, formula.expression());
                        default -> sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A formula cell in a test sheet. */
    private record Formula(String expression) {}

    /** Settings with the mapping the headers suggest, as the screen proposes it. */
    private ImportSettings proposed(String name, byte[] content, RegistrationKind kind) {
        ImportAnalysis analysis = imports.analyse(name, content, kind);
        return new ImportSettings(kind, analysis.mapping(), ImportSettings.OnMatch.UPDATE, false);
    }

    private ImportReport check(String name, byte[] content, RegistrationKind kind) {
        return imports.check(name, content, proposed(name, content, kind), DUTCH);
    }

    private ImportReport importNow(String name, byte[] content, ImportSettings settings) {
        ImportBatch batch = imports.start(name, content, settings, DUTCH);
        imports.run(batch.getId());
        return imports.report(batch.getId());
    }

    private List<ClientPerson> persons() {
        return jdbc
                .sql("SELECT id FROM registration WHERE kind = 'PERSOON' AND personal_achternaam = ? ORDER BY id")
                .param(surname)
                .query(Long.class)
                .list()
                .stream()
                .map(clients::getPerson)
                .toList();
    }

    private long registrationsNamed(String achternaam) {
        return jdbc.sql("SELECT COUNT(*) FROM registration WHERE personal_achternaam = ?")
                .param(achternaam)
                .query(Long.class)
                .single();
    }

    private static Map<Integer, RowOutcome> outcomes(ImportReport report) {
        Map<Integer, RowOutcome> outcomes = new HashMap<>();
        report.results().forEach(result -> outcomes.put(result.row(), result.outcome()));
        return outcomes;
    }

    private static String messageOf(ImportReport report, int row) {
        return report.results().stream()
                .filter(result -> result.row() == row)
                .findFirst()
                .orElseThrow()
                .message();
    }

    private static void fullAddress(ClientPerson person, String plaats) {
        person.getPersonal().getWoonadres().setStraat("Markt");
        person.getPersonal().getWoonadres().setHuisnummer(1);
        person.getPersonal().getWoonadres().setPostcode("1234 AB");
        person.getPersonal().getWoonadres().setPlaats(plaats);
    }

    // ---- reading files

    @Test
    void readsUtf8WithByteOrderMarkSemicolonsAndQuotedLineBreaks() {
        byte[] file = csv(
                "Achternaam;Voorletters;Geboortedatum;Straat;PC;Huisnr;Woonplaats;Opmerkingen\n"
                        + surname + ";R.;03-04-1980;Tjalk;1234 ab;12;Sûrhuisterveen;\"Eerste regel\nTweede; regel\"\n"
                        + "\n"
                        + surname + "-Çelik;G.;1975-12-31;;;;;\n",
                StandardCharsets.UTF_8,
                true);

        ImportAnalysis analysis = imports.analyse("klanten.csv", file, RegistrationKind.PERSOON);
        assertThat(analysis.separator()).isEqualTo(';');
        assertThat(analysis.rowCount()).isEqualTo(2);
        assertThat(analysis.mapping())
                .containsValues(
                        ImportField.ACHTERNAAM,
                        ImportField.POSTCODE,
                        ImportField.HUISNUMMER,
                        ImportField.PLAATS,
                        ImportField.NOTITIES,
                        ImportField.GEBOORTEDATUM);

        ImportReport report = importNow("klanten.csv", file, proposed("klanten.csv", file, RegistrationKind.PERSOON));

        assertThat(report.count(RowOutcome.CREATED)).as(report.toString()).isEqualTo(2);
        ClientPerson first = persons().getFirst();
        assertThat(first.getPersonal().getWoonadres().getPlaats()).isEqualTo("Sûrhuisterveen");
        assertThat(first.getPersonal().getWoonadres().getPostcode()).isEqualTo("1234 AB");
        assertThat(first.getPersonal().getGeboortedatum()).isEqualTo(LocalDate.of(1980, 4, 3));
        assertThat(first.getNotities()).isEqualTo("Eerste regel\r\nTweede; regel");
        assertThat(registrationsNamed(surname + "-Çelik")).isEqualTo(1);
    }

    @Test
    void readsWindows1252WithCommas() {
        byte[] file = csv(
                "Voorletters,Achternaam,E-mail\nR.,\"" + surname + "\",renée.müller@example.nl\n", WINDOWS_1252, false);

        ImportAnalysis analysis = imports.analyse("export.csv", file, RegistrationKind.PERSOON);
        assertThat(analysis.separator()).isEqualTo(',');
        assertThat(analysis.charset()).isEqualTo("windows-1252");

        ImportReport report = importNow("export.csv", file, proposed("export.csv", file, RegistrationKind.PERSOON));

        assertThat(report.count(RowOutcome.CREATED)).as(report.toString()).isEqualTo(1);
        assertThat(persons().getFirst().getPersonal().getPriveEmail()).isEqualTo("renée.müller@example.nl");
    }

    /** 012345672 is a valid BSN with a leading zero; Excel kept it as the number 12345672. */
    private byte[] sheetWithPostcode(String postcode) {
        return xlsx(List.of(
                List.of(
                        "Achternaam",
                        "Voorletters",
                        "Geboortedatum",
                        "BSN",
                        "Straat",
                        "Postcode",
                        "Huisnummer",
                        "Plaats"),
                List.of(surname, "K.", LocalDate.of(1969, 7, 20), 12345672, "Dorpsstraat", postcode, 7, "Ede")));
    }

    @Test
    void readsExcelDatesNumbersStoredAsNumbersAndLeadingZeros() {
        byte[] file = sheetWithPostcode("0000 AB");

        ImportReport checked = check("klanten.xlsx", file, RegistrationKind.PERSOON);
        // the postcode 0000 AB does not exist: refused with the field's own message, in Dutch
        assertThat(messageOf(checked, 2))
                .isEqualTo("Postcode: Geen geldige Nederlandse postcode (bijvoorbeeld 1234 AB)");

        byte[] fixed = sheetWithPostcode("1011 AB");
        ImportReport report =
                importNow("klanten.xlsx", fixed, proposed("klanten.xlsx", fixed, RegistrationKind.PERSOON));

        assertThat(report.count(RowOutcome.CREATED)).as(report.toString()).isEqualTo(1);
        ClientPerson person = persons().getFirst();
        assertThat(person.getPersonal().getGeboortedatum()).isEqualTo(LocalDate.of(1969, 7, 20));
        assertThat(person.getBsn()).isEqualTo("012345672");
        assertThat(person.getPersonal().getWoonadres().getHuisnummer()).isEqualTo(7);
    }

    // ---- checking writes nothing

    @Test
    void aCheckWritesNothingAndReportsEveryRow() {
        byte[] file = csv(
                "Achternaam;Voorletters;BSN;Straat;Huisnummer;Postcode;Plaats\n"
                        + surname + ";A.;;;;;\n"
                        + surname + ";B.;123456789;;;;\n"
                        + surname + ";C.;;Laan;1;9999;Ede\n"
                        + ";D.;;;;;\n",
                StandardCharsets.UTF_8,
                false);
        long numberBefore =
                clients.save(TestData.person("Voor" + surname, "V.", null)).getKlantnummer();
        long before =
                jdbc.sql("SELECT COUNT(*) FROM registration").query(Long.class).single();

        ImportReport report = check("klanten.csv", file, RegistrationKind.PERSOON);

        assertThat(outcomes(report))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        2, RowOutcome.CREATED, 3, RowOutcome.REJECTED, 4, RowOutcome.REJECTED, 5, RowOutcome.REJECTED));
        assertThat(messageOf(report, 3)).startsWith("BSN: Geen geldig BSN");
        assertThat(messageOf(report, 4))
                .isEqualTo("Postcode: Geen geldige Nederlandse postcode (bijvoorbeeld 1234 AB)");
        assertThat(messageOf(report, 5)).startsWith("Achternaam: Verplicht veld");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM registration")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(persons()).isEmpty();
        // nor was a klantnummer taken from the sequence for the row that would be created
        assertThat(clients.save(TestData.person("Na" + surname, "N.", null)).getKlantnummer())
                .isEqualTo(numberBefore + 1);
    }

    @Test
    void theRejectedRowsComeBackInTheFilesLayoutWithTheReason() {
        byte[] file = csv(
                "Achternaam;Straat;Huisnummer;Postcode;Plaats\n" + surname + ";Laan;1;1234 AB;Ede\n" + surname
                        + "x;Laan;1;9999;Ede\n",
                StandardCharsets.UTF_8,
                false);
        ImportReport report = check("klanten.csv", file, RegistrationKind.PERSOON);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeRejected("klanten.csv", file, report, out, DUTCH);

        String rejected = out.toString(StandardCharsets.UTF_8);
        assertThat(rejected.lines().toList()).hasSize(2);
        assertThat(rejected.lines().toList().getFirst())
                .isEqualTo("\uFEFFAchternaam;Straat;Huisnummer;Postcode;Plaats;Reden");
        assertThat(rejected.lines().toList().get(1))
                .isEqualTo(surname
                        + "x;Laan;1;9999;Ede;Postcode: Geen geldige Nederlandse postcode (bijvoorbeeld 1234 AB)");
    }

    // ---- matching instead of duplicating

    @Test
    void aRowMatchingABsnUpdatesOnlyItsColumnsAndAnEmptyCellErasesNothing() {
        ClientPerson existing = TestData.person(surname, "J.", null);
        String bsn = uniqueBsn();
        existing.setBsn(bsn);
        existing.getPersonal().setPriveMobiel("0612345678");
        fullAddress(existing, "Utrecht");
        existing = clients.save(existing);
        byte[] file = csv("BSN;Woonplaats;Mobiel\n" + bsn + ";Amersfoort;\n", StandardCharsets.UTF_8, false);

        ImportReport report = importNow("bsn.csv", file, proposed("bsn.csv", file, RegistrationKind.PERSOON));

        assertThat(outcomes(report)).containsEntry(2, RowOutcome.UPDATED);
        assertThat(report.results().getFirst().klantnummer()).isEqualTo(existing.getKlantnummer());
        ClientPerson after = clients.getPerson(existing.getId());
        assertThat(after.getPersonal().getWoonadres().getPlaats()).isEqualTo("Amersfoort");
        assertThat(after.getPersonal().getPriveMobiel())
                .isNotBlank()
                .isEqualTo(existing.getPersonal().getPriveMobiel());
        assertThat(after.getPersonal().getAchternaam()).isEqualTo(surname);
        assertThat(persons()).hasSize(1);
    }

    @Test
    void matchesByKlantnummerThenByNameWithBirthDateThenByEmailAndSurname() {
        ClientPerson byNumber = clients.save(TestData.person(surname, "A.", null));
        ClientPerson byName = TestData.person(surname, "B.", "van");
        byName.getPersonal().setGeboortedatum(LocalDate.of(1990, 1, 2));
        byName = clients.save(byName);
        ClientPerson byEmail = TestData.person(surname, "C.", null);
        byEmail.getPersonal().setPriveEmail("c." + surname.toLowerCase(Locale.ROOT) + "@example.nl");
        byEmail = clients.save(byEmail);
        byte[] file = csv(
                "Klantnummer;Voorletters;Tussenvoegsel;Achternaam;Geboortedatum;E-mail;Notities\n"
                        + byNumber.getKlantnummer() + ";;;;;;een\n"
                        // "Van" + surname written together, initials from the voornamen: the same person
                        + ";Bert;;Van" + surname + ";2-1-1990;;twee\n"
                        + ";;;" + surname + ";;C." + surname + "@EXAMPLE.nl;drie\n"
                        // the same e-mail with another achternaam: a household address, another person
                        + ";;;Anders" + surname + ";;c." + surname + "@example.nl;vier\n",
                StandardCharsets.UTF_8,
                false);

        ImportReport report = importNow("match.csv", file, proposed("match.csv", file, RegistrationKind.PERSOON));

        assertThat(outcomes(report))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        2, RowOutcome.UPDATED, 3, RowOutcome.UPDATED, 4, RowOutcome.UPDATED, 5, RowOutcome.CREATED));
        assertThat(clients.get(byNumber.getId()).getNotities()).isEqualTo("een");
        assertThat(clients.get(byName.getId()).getNotities()).isEqualTo("twee");
        assertThat(clients.get(byEmail.getId()).getNotities()).isEqualTo("drie");
        // the file's achternaam (tussenvoegsel written with it) is now the registration's
        assertThat(clients.getPerson(byName.getId()).getPersonal().getAchternaam())
                .isEqualTo("Van" + surname);
        assertThat(registrationsNamed("Anders" + surname)).isEqualTo(1);
    }

    @Test
    void aMatchIsSkippedWhenAskedAndAnUnchangedRowIsReportedAsSuch() {
        ClientPerson existing = TestData.person(surname, "J.", null);
        String bsn = uniqueBsn();
        existing.setBsn(bsn);
        existing = clients.save(existing);
        byte[] file = csv("BSN;Achternaam\n" + bsn + ";" + surname + "\n", StandardCharsets.UTF_8, false);
        ImportSettings proposed = proposed("same.csv", file, RegistrationKind.PERSOON);

        assertThat(outcomes(importNow("same.csv", file, proposed))).containsEntry(2, RowOutcome.UNCHANGED);
        ImportSettings skip =
                new ImportSettings(proposed.kind(), proposed.mapping(), ImportSettings.OnMatch.SKIP, false);
        byte[] changed = csv("BSN;Achternaam\n" + bsn + ";Ander" + surname + "\n", StandardCharsets.UTF_8, false);
        assertThat(outcomes(importNow("skip.csv", changed, skip))).containsEntry(2, RowOutcome.SKIPPED);
        assertThat(clients.getPerson(existing.getId()).getPersonal().getAchternaam())
                .isEqualTo(surname);
    }

    @Test
    void theSamePersonTwiceInTheFileIsReportedNotImportedTwice() {
        byte[] file = csv(
                "Achternaam;Voorletters;Geboortedatum\n" + surname + ";P.;01-05-1970\n" + surname + ";Piet;1-5-1970\n",
                StandardCharsets.UTF_8,
                false);

        ImportReport checked = check("dubbel.csv", file, RegistrationKind.PERSOON);
        assertThat(outcomes(checked)).containsEntry(2, RowOutcome.CREATED).containsEntry(3, RowOutcome.REJECTED);
        assertThat(messageOf(checked, 3)).isEqualTo("Zelfde registratie als rij 2 van dit bestand");

        ImportReport report = importNow("dubbel.csv", file, proposed("dubbel.csv", file, RegistrationKind.PERSOON));
        assertThat(outcomes(report)).containsEntry(3, RowOutcome.REJECTED);
        assertThat(persons()).hasSize(1);
    }

    @Test
    void aContactpersoonThatLooksLikeAKlantPersoonIsImportedAsALinkSuggestionNeverLinked() {
        ClientPerson person = TestData.person(surname, "M.", null);
        person.getPersonal().setGeboortedatum(LocalDate.of(1985, 6, 15));
        person = clients.save(person);
        ClientCompany company = clients.save(TestData.company("Bedrijf " + surname));
        byte[] file = csv(
                "Bedrijf;Achternaam;Voorletters;Geboortedatum;Functie\n" + "Bedrijf " + surname + ";" + surname
                        + ";M.;15-06-1985;Directeur\n",
                StandardCharsets.UTF_8,
                false);

        ImportReport report =
                importNow("contacten.csv", file, proposed("contacten.csv", file, RegistrationKind.CONTACT));

        assertThat(outcomes(report)).containsEntry(2, RowOutcome.SUGGESTED);
        assertThat(messageOf(report, 2)).contains(person.getLabel());
        List<ContactPerson> contacts = clients.contactsOf(company.getId());
        assertThat(contacts).hasSize(1);
        assertThat(contacts.getFirst().getHead()).isNull();
        assertThat(contacts.getFirst().getBusiness().getFunctie()).isEqualTo("Directeur");
    }

    @Test
    void contactpersonenFindTheirKlantBedrijfInTheSameMixedFile() {
        String kvk = String.valueOf(10_000_000 + Math.abs(surname.hashCode() % 89_999_999));
        byte[] file = csv(
                "Type;Statutaire naam;Rechtsvorm;KvK-nummer;KvK-nummer bedrijf;Achternaam\n"
                        + "Klant-bedrijf;Bedrijf " + surname + ";B.V.;" + kvk + ";;\n"
                        + "Contactpersoon;;;;" + kvk + ";" + surname + "\n",
                StandardCharsets.UTF_8,
                false);
        ImportAnalysis analysis = imports.analyse("gemengd.csv", file, null);
        ImportSettings settings = new ImportSettings(null, analysis.mapping(), ImportSettings.OnMatch.UPDATE, false);

        assertThat(outcomes(imports.check("gemengd.csv", file, settings, DUTCH)))
                .containsEntry(2, RowOutcome.CREATED)
                .containsEntry(3, RowOutcome.CREATED);
        ImportReport report = importNow("gemengd.csv", file, settings);

        assertThat(outcomes(report)).containsEntry(2, RowOutcome.CREATED).containsEntry(3, RowOutcome.CREATED);
        assertThat(registrationsNamed(surname)).isEqualTo(1);
    }

    @Test
    void aFollowersPrivateDataFollowsItsHeadAlsoInAnImport() {
        ClientPerson head = clients.save(TestData.person(surname, "H.", null));
        ClientCompany company = clients.save(TestData.company("Bedrijf " + surname));
        ContactPerson follower = clients.save(TestData.contact(company, surname, "H."));
        links.link(follower.getId(), follower.getVersion(), head.getId());
        byte[] file = csv(
                "Klantnummer;Woonplaats;Functie\n" + follower.getKlantnummer() + ";Zwolle;Boekhouder\n",
                StandardCharsets.UTF_8,
                false);

        ImportReport report = importNow("volger.csv", file, proposed("volger.csv", file, RegistrationKind.CONTACT));

        assertThat(outcomes(report)).containsEntry(2, RowOutcome.REJECTED);
        assertThat(messageOf(report, 2)).contains(head.getDisplayName());
        assertThat(clients.getContact(follower.getId()).getBusiness().getFunctie())
                .isNull();
    }

    @Test
    void aHeadChangedByAnImportPassesItOnToItsFollowers() {
        ClientPerson head = TestData.person(surname, "H.", null);
        fullAddress(head, "Deventer");
        head = clients.save(head);
        ClientCompany company = clients.save(TestData.company("Bedrijf " + surname));
        ContactPerson follower = clients.save(TestData.contact(company, surname, "H."));
        links.link(follower.getId(), follower.getVersion(), head.getId());
        byte[] file =
                csv("Klantnummer;Woonplaats\n" + head.getKlantnummer() + ";Zwolle\n", StandardCharsets.UTF_8, false);

        ImportBatch batch =
                imports.start("hoofd.csv", file, proposed("hoofd.csv", file, RegistrationKind.PERSOON), DUTCH);
        imports.run(batch.getId());
        ImportReport report = imports.report(batch.getId());

        assertThat(outcomes(report)).containsEntry(2, RowOutcome.UPDATED);
        // the history of the hoofd and of its volger says which import changed them
        long headId = head.getId();
        long followerId = follower.getId();
        for (long id : List.of(headId, followerId)) {
            HistoryEntry newest =
                    SignedIn.as(Role.SUPPORT, () -> history.historyOf(id)).getFirst();
            assertThat(newest.reason()).isEqualTo("Import " + batch.getId() + ": hoofd.csv");
            assertThat(newest.username()).isEqualTo("manager");
        }
        assertThat(clients.getContact(follower.getId())
                        .getPersonal()
                        .getWoonadres()
                        .getPlaats())
                .isEqualTo("Zwolle");
    }

    @Test
    void aKlantnummerOfThePreviousSystemIsKeptAndNeverHandedOutAgain() {
        long kept = 5_000_000_000L + Math.abs(surname.hashCode() % 1_000_000);
        byte[] file = csv("Klantnummer;Achternaam\n" + kept + ";" + surname + "\n", StandardCharsets.UTF_8, false);

        ImportReport report = importNow("nummers.csv", file, proposed("nummers.csv", file, RegistrationKind.PERSOON));

        assertThat(outcomes(report)).containsEntry(2, RowOutcome.CREATED);
        assertThat(persons().getFirst().getKlantnummer()).isEqualTo(kept);
    }

    // ---- import in chunks, crash and resume

    @Test
    void anImportThatDiedHalfwayResumesAndTakesEveryRowExactlyOnce() {
        StringBuilder text = new StringBuilder("Achternaam;Voorletters\n");
        for (int i = 0; i < 7; i++) {
            text.append(surname).append(';').append((char) ('A' + i)).append(".\n");
        }
        text.append(";X.\n"); // rejected: no achternaam
        byte[] file = csv(text.toString(), StandardCharsets.UTF_8, false);
        ImportBatch batch =
                imports.start("groot.csv", file, proposed("groot.csv", file, RegistrationKind.PERSOON), DUTCH);

        imports.run(batch.getId(), 1); // the instance dies after the first chunk (of 3 rows here)
        assertThat(persons()).hasSize(3);
        assertThat(imports.batch(batch.getId()).orElseThrow().getStatus()).isEqualTo(ImportBatch.Status.RUNNING);

        imports.run(batch.getId()); // resumed

        assertThat(persons()).hasSize(7);
        ImportBatch done = imports.batch(batch.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ImportBatch.Status.DONE);
        assertThat(done.getCreatedCount()).isEqualTo(7);
        assertThat(done.getRejectedCount()).isEqualTo(1);
        assertThat(imports.report(batch.getId()).results())
                .extracting(RowResult::row)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void aCancelledImportStopsAfterItsCurrentChunk() {
        StringBuilder text = new StringBuilder("Achternaam;Voorletters\n");
        for (int i = 0; i < 7; i++) {
            text.append(surname).append(';').append((char) ('A' + i)).append(".\n");
        }
        byte[] file = csv(text.toString(), StandardCharsets.UTF_8, false);
        ImportBatch batch =
                imports.start("groot.csv", file, proposed("groot.csv", file, RegistrationKind.PERSOON), DUTCH);

        imports.cancel(batch.getId());
        imports.run(batch.getId());

        assertThat(persons()).hasSize(3);
        assertThat(imports.batch(batch.getId()).orElseThrow().getStatus()).isEqualTo(ImportBatch.Status.CANCELLED);
    }

    // ---- koppelingen

    @Test
    void aLinksFileLinksContactpersonenToTheirHeadAfterACheckThatLinksNothing() {
        ClientPerson head = TestData.person(surname, "H.", null);
        fullAddress(head, "Deventer");
        head = clients.save(head);
        ClientCompany company = clients.save(TestData.company("Bedrijf " + surname));
        ContactPerson contact = clients.save(TestData.contact(company, surname, "H."));
        ContactPerson other = clients.save(TestData.contact(company, "Ander" + surname, "O."));
        links.link(
                other.getId(),
                other.getVersion(),
                clients.save(TestData.person("Hoofd" + surname, "X.", null)).getId());
        byte[] file = csv(
                "Klantnummer;Klantnummer hoofd\n"
                        + contact.getKlantnummer() + ";" + head.getKlantnummer() + "\n"
                        + other.getKlantnummer() + ";" + head.getKlantnummer() + "\n"
                        + contact.getKlantnummer() + "9;99999999\n",
                StandardCharsets.UTF_8,
                false);
        ImportSettings settings = proposed("koppelingen.csv", file, RegistrationKind.CONTACT);
        assertThat(settings.mapping()).containsValue(ImportField.HEAD_KLANTNUMMER);

        ImportReport checked = imports.check("koppelingen.csv", file, settings, DUTCH);
        assertThat(outcomes(checked)).containsEntry(2, RowOutcome.UPDATED);
        assertThat(messageOf(checked, 2)).isEqualTo("Gekoppeld aan hoofd " + head.getLabel());
        assertThat(messageOf(checked, 3)).startsWith("Is al gekoppeld aan X. Hoofd" + surname);
        assertThat(messageOf(checked, 4)).startsWith("Geen klant-persoon of contactpersoon met klantnummer 99999999");
        assertThat(clients.getContact(contact.getId()).getHead()).isNull();

        ImportReport report = importNow("koppelingen.csv", file, settings);

        assertThat(outcomes(report))
                .containsEntry(2, RowOutcome.UPDATED)
                .containsEntry(3, RowOutcome.REJECTED)
                .containsEntry(4, RowOutcome.REJECTED);
        ContactPerson linked = clients.getContact(contact.getId());
        assertThat(linked.getHead().getId()).isEqualTo(head.getId());
        assertThat(linked.getPersonal().getWoonadres().getPlaats()).isEqualTo("Deventer"); // R4: the hoofd's data
    }

    @Test
    void aNewContactpersoonWithItsHeadIsCreatedLinkedWithTheHeadsPrivateData() {
        ClientPerson head = TestData.person(surname, "H.", null);
        fullAddress(head, "Deventer");
        head = clients.save(head);
        clients.save(TestData.company("Bedrijf " + surname));
        byte[] file = csv(
                "Bedrijf;Achternaam;Voorletters;Woonplaats;Functie;Klantnummer hoofd\n" + "Bedrijf " + surname + ";"
                        + surname + ";H.;Zwolle;Eigenaar;" + head.getKlantnummer() + "\n",
                StandardCharsets.UTF_8,
                false);

        ImportReport report = importNow("nieuw.csv", file, proposed("nieuw.csv", file, RegistrationKind.CONTACT));

        assertThat(outcomes(report)).containsEntry(2, RowOutcome.CREATED);
        assertThat(messageOf(report, 2)).isEqualTo("Gekoppeld aan hoofd " + head.getLabel());
        long id = jdbc.sql("SELECT id FROM registration WHERE kind = 'CONTACT' AND personal_achternaam = ?")
                .param(surname)
                .query(Long.class)
                .single();
        ContactPerson created = clients.getContact(id);
        assertThat(created.getHead().getId()).isEqualTo(head.getId());
        assertThat(created.getPersonal().getWoonadres().getPlaats()).isEqualTo("Deventer"); // R7
        assertThat(created.getBusiness().getFunctie()).isEqualTo("Eigenaar"); // never synced
    }

    // ---- Import terugdraaien

    @Test
    void aRevertRemovesWhatTheImportCreatedAndRestoresWhatItChanged() {
        ClientPerson existing = TestData.person(surname, "J.", null);
        fullAddress(existing, "Utrecht");
        existing.setNotities("van voor de import");
        existing = clients.save(existing);
        byte[] file = csv(
                "Klantnummer;Achternaam;Voorletters;Woonplaats;Notities\n"
                        + existing.getKlantnummer() + ";;;Amersfoort;uit de import\n"
                        + ";" + surname + ";N.;;nieuw\n",
                StandardCharsets.UTF_8,
                false);
        ImportBatch batch =
                imports.start("terug.csv", file, proposed("terug.csv", file, RegistrationKind.PERSOON), DUTCH);
        imports.run(batch.getId());
        assertThat(persons()).hasSize(2);

        ImportService.RevertReport report = imports.revert(batch.getId());

        assertThat(report.reverted()).isEqualTo(2);
        assertThat(report.refused()).isEmpty();
        assertThat(persons()).extracting(ClientPerson::getId).containsExactly(existing.getId());
        ClientPerson restored = clients.getPerson(existing.getId());
        assertThat(restored.getPersonal().getWoonadres().getPlaats()).isEqualTo("Utrecht");
        assertThat(restored.getNotities()).isEqualTo("van voor de import");
        assertThat(imports.batch(batch.getId()).orElseThrow().getStatus()).isEqualTo(ImportBatch.Status.REVERTED);
        assertThatThrownBy(() -> imports.revert(batch.getId())).hasMessageStartingWith("import.revert.status");
    }

    @Test
    void aRevertIsRefusedWithTheRowsAColleagueChangedSinceAndUndoesNothing() {
        byte[] file =
                csv("Achternaam;Voorletters\n" + surname + ";A.\n" + surname + ";B.\n", StandardCharsets.UTF_8, false);
        ImportBatch batch =
                imports.start("terug.csv", file, proposed("terug.csv", file, RegistrationKind.PERSOON), DUTCH);
        imports.run(batch.getId());
        ClientPerson changed = persons().getLast();
        changed.setNotities("door een collega");
        clients.save(changed);

        assertThatThrownBy(() -> imports.revert(batch.getId()))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("import.revert.changed")
                .hasMessageContaining("rij 3 (klantnummer " + changed.getKlantnummer() + ") is sindsdien gewijzigd");
        assertThat(persons()).hasSize(2);
        assertThat(imports.batch(batch.getId()).orElseThrow().isRevertible()).isTrue();
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void anAnonymisedPersonsValuesFromBeforeAnImportAreErasedToo() {
        ClientPerson existing = TestData.person(surname, "J.", null);
        fullAddress(existing, "Utrecht");
        existing = clients.save(existing);
        byte[] file = csv(
                "Klantnummer;Woonplaats\n" + existing.getKlantnummer() + ";Amersfoort\n",
                StandardCharsets.UTF_8,
                false);
        ImportBatch batch = imports.start("avg.csv", file, proposed("avg.csv", file, RegistrationKind.PERSOON), DUTCH);
        imports.run(batch.getId());
        String kept = "SELECT values_before FROM import_row WHERE registration_id = ?";
        assertThat(jdbc.sql(kept).param(existing.getId()).query(String.class).single())
                .contains("Utrecht");

        ClientPerson now = clients.getPerson(existing.getId());
        clients.anonymise(now.getId(), now.getVersion(), true);

        assertThat(jdbc.sql(kept).param(existing.getId()).query(String.class).optional())
                .isEmpty();
        assertThatThrownBy(() -> imports.revert(batch.getId())).hasMessageContaining("import.revert.changed");
    }

    // ---- templates and export

    @Test
    void everyTemplatesExampleRowPassesTheCheck() {
        // the contactpersoon template's example names the klant-bedrijf of the klant-bedrijf template
        ClientCompany company = TestData.company("Bakkerij Van den Berg B.V.");
        company.setKvkNummer("12345678");
        if (jdbc.sql("SELECT COUNT(*) FROM registration WHERE kvk_nummer = '12345678'")
                        .query(Long.class)
                        .single()
                == 0) {
            clients.save(company);
        }
        for (RegistrationKind kind : RegistrationKind.values()) {
            for (FileFormat format : FileFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                imports.writeTemplate(kind, format, out);
                String name = "sjabloon." + format.extension();
                ImportReport report = check(name, out.toByteArray(), kind);
                assertThat(report.results()).as(kind + " " + format).hasSize(1);
                assertThat(report.results().getFirst().outcome())
                        .as(kind + " " + format + ": "
                                + report.results().getFirst().message())
                        .isIn(RowOutcome.CREATED, RowOutcome.UPDATED, RowOutcome.UNCHANGED, RowOutcome.SUGGESTED);
            }
        }
    }

    @Test
    void anExportImportedAgainChangesNothing() {
        ClientCompany company = TestData.company("Bedrijf " + surname);
        company.setKvkNummer(String.valueOf(10_000_000 + Math.abs(surname.hashCode() % 89_999_999)));
        company = clients.save(company);
        ClientPerson person = TestData.person(surname, "E.", "de");
        fullAddress(person, "Gouda");
        person.getPersonal().setGeboortedatum(LocalDate.of(1977, 11, 30));
        person.getPersonal().setPriveEmail("e." + surname.toLowerCase(Locale.ROOT) + "@example.nl");
        person.setNotities("Regel één\nRegel twee; met puntkomma");
        person = clients.save(person);
        ContactPerson contact = TestData.contact(company, surname, "E.");
        contact.getBusiness().setFunctie("=Financieel directeur");
        contact.getBusiness().setToegangClientOnline(true);
        contact = clients.save(contact);
        links.link(contact.getId(), contact.getVersion(), person.getId());

        for (FileFormat format : FileFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            imports.export(format, out);
            byte[] file = out.toByteArray();
            String name = "export." + format.extension();
            ImportAnalysis analysis = imports.analyse(name, file, null);
            assertThat(analysis.mapping()).hasSize(ImportField.values().length);
            ImportSettings settings =
                    new ImportSettings(null, analysis.mapping(), ImportSettings.OnMatch.UPDATE, false);

            ImportReport report = importNow(name, file, settings);

            assertThat(report.count(RowOutcome.CREATED))
                    .as(format + " " + report.rejected())
                    .isZero();
            assertThat(report.count(RowOutcome.UPDATED))
                    .as(format + " " + report.results())
                    .isZero();
            for (long klantnummer :
                    List.of(company.getKlantnummer(), person.getKlantnummer(), contact.getKlantnummer())) {
                assertThat(report.results())
                        .filteredOn(result -> Long.valueOf(klantnummer).equals(result.klantnummer()))
                        .extracting(RowResult::outcome)
                        .containsExactly(RowOutcome.UNCHANGED);
            }
        }
        assertThat(clients.getContact(contact.getId()).getBusiness().getFunctie())
                .isEqualTo("=Financieel directeur");
    }

    // ---- what cannot be imported

    @Test
    void refusesWhatIsNoCsvOrXlsxAnEmptyFileAndMissingRequiredColumns() {
        assertThatThrownBy(() -> imports.analyse("leeg.csv", new byte[0], RegistrationKind.PERSOON))
                .hasMessageStartingWith("import.file.empty");
        assertThatThrownBy(() -> imports.analyse("brief.pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, null))
                .hasMessageStartingWith("import.file.type");
        assertThatThrownBy(() -> imports.analyse(
                        "oud.xls",
                        new byte[] {
                            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                        },
                        null))
                .hasMessageStartingWith("import.file.xls");
        byte[] noSurname = csv("Voorletters;Plaats\nA.;Ede\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> check("kolommen.csv", noSurname, RegistrationKind.PERSOON))
                .hasMessageStartingWith("import.mapping.required");
        byte[] wide = csv("Achternaam" + ";x".repeat(500) + "\n" + surname + "\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> imports.analyse("breed.csv", wide, RegistrationKind.PERSOON))
                .hasMessageStartingWith("import.file.columns");
    }

    @Test
    void refusesFormulasControlCharactersAndRowsWiderThanTheHeader() {
        byte[] file = csv(
                "Achternaam;Notities\n"
                        + surname + ";=HYPERLINK(\"http://x\")\n"
                        + surname + "\u0007;\n"
                        + surname + ";a;b;c\n",
                StandardCharsets.UTF_8,
                false);

        ImportReport report = check("vies.csv", file, RegistrationKind.PERSOON);

        assertThat(outcomes(report))
                .containsOnly(
                        Map.entry(2, RowOutcome.REJECTED),
                        Map.entry(3, RowOutcome.REJECTED),
                        Map.entry(4, RowOutcome.REJECTED));
        assertThat(messageOf(report, 2)).isEqualTo("Notities: bevat een formule; zet de waarde zelf in de cel");
        assertThat(messageOf(report, 3)).startsWith("Achternaam: Bevat een teken dat hier niet mag staan");
        assertThat(messageOf(report, 4)).startsWith("De rij heeft 4 cellen en de kopregel 2");

        byte[] sheet = xlsx(List.of(
                List.of("Achternaam", "Notities"),
                List.of(surname, new Formula("HYPERLINK(\"http://x\")")),
                List.of(surname + "b", "=tekst, geen formule")));
        ImportReport sheetReport = check("vies.xlsx", sheet, RegistrationKind.PERSOON);
        assertThat(messageOf(sheetReport, 2)).isEqualTo("Notities: bevat een formule; zet de waarde zelf in de cel");
        assertThat(outcomes(sheetReport)).containsEntry(3, RowOutcome.CREATED);
    }
}
