package nl.klantregistratie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.base.validation.PhoneNumbers;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo data generated at startup in the demo profile: amounts, validity, and duplicates to link. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "klantregistratie.demo-data.enabled=true")
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
class DemoDataTest {

    @Autowired
    ClientService clients;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void generatesThePlannedNumbersOfEachKind() {
        assertThat(countsByKind())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "PERSOON", (long) DemoData.PERSONS, "BEDRIJF", (long) DemoData.COMPANIES, "CONTACT", (long)
                                DemoData.CONTACTS));
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT rechtsvorm FROM registration WHERE kind = 'BEDRIJF'", String.class))
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM registration WHERE kind = 'CONTACT' AND company_id IS NULL", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM registration WHERE kind = 'CONTACT'"
                                + " AND business_toegang_client_online",
                        Long.class))
                .isBetween(40L, 200L);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT klantnummer) FROM registration", Long.class))
                .isEqualTo(DemoData.PERSONS + DemoData.COMPANIES + DemoData.CONTACTS);
    }

    @Test
    void everyBsnPassesThe11ProefAndIsUnique() {
        List<String> bsns = jdbc.queryForList("SELECT bsn FROM registration WHERE kind = 'PERSOON'", String.class);

        assertThat(bsns)
                .hasSize(DemoData.PERSONS)
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .allSatisfy(
                        bsn -> assertThat(DutchNumbers.isValidBsn(bsn)).as(bsn).isTrue());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM registration WHERE kind <> 'PERSOON' AND bsn IS NOT NULL", Long.class))
                .isZero();
    }

    @Test
    void everyPostcodePhoneNumberEmailAndDateIsValid() {
        List<String> postcodes = column(
                "personal_woonadres_postcode",
                "personal_correspondentieadres_postcode",
                "vestigingsadres_postcode",
                "postadres_postcode");
        assertThat(postcodes)
                .hasSizeGreaterThan(600)
                .allSatisfy(postcode -> assertThat(
                                DutchNumbers.isValidPostcode(postcode) && postcode.matches("[1-9][0-9]{3} [A-Z]{2}"))
                        .as(postcode)
                        .isTrue());

        List<String> phones = column(
                "personal_prive_mobiel",
                "personal_prive_telefoon",
                "telefoon",
                "business_direct_telefoon",
                "business_zakelijk_mobiel");
        assertThat(phones)
                .hasSizeGreaterThan(800)
                .allSatisfy(phone ->
                        assertThat(PhoneNumbers.isValid(phone)).as(phone).isTrue());

        List<String> emails = column("personal_prive_email", "zakelijk_email", "email", "business_zakelijk_email");
        assertThat(emails)
                .hasSizeGreaterThan(800)
                .allSatisfy(email -> assertThat(email).matches("[a-z0-9.-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}"));

        assertThat(jdbc.queryForList(
                        "SELECT personal_geboortedatum FROM registration" + " WHERE personal_geboortedatum IS NOT NULL",
                        LocalDate.class))
                .hasSizeGreaterThan(DemoData.PERSONS)
                .allSatisfy(date -> assertThat(date).isBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2005, 12, 31)));
        assertThat(jdbc.queryForList("SELECT kvk_nummer FROM registration WHERE kind = 'BEDRIJF'", String.class))
                .hasSize(DemoData.COMPANIES)
                .doesNotHaveDuplicates()
                .allSatisfy(kvk -> assertThat(kvk).matches("[0-9]{8}"));
        assertThat(jdbc.queryForList("SELECT emailvoorkeur FROM registration WHERE kind <> 'BEDRIJF'", String.class))
                .contains("PRIVE", "ZAKELIJK");
    }

    @Test
    void manyContactpersonenAreAKlantPersoonAgainWithoutBeingLinked() {
        Map<Long, PersonalData> persons = personalData(ClientSearch.klanten(null), ClientPerson.class);
        Map<Long, PersonalData> contacts = personalData(ClientSearch.contactpersonen(null), ContactPerson.class);
        assertThat(persons).hasSize(DemoData.PERSONS);
        assertThat(contacts).hasSize(DemoData.CONTACTS);

        Map<String, PersonalData> personByKey = persons.values().stream()
                .filter(p -> p.getPriveEmail() != null)
                .collect(Collectors.toMap(DemoDataTest::identityKey, Function.identity(), (a, b) -> a));
        long sameNameBirthAndMail = contacts.values().stream()
                .filter(contact -> personByKey.containsKey(identityKey(contact)))
                .count();
        long identical = contacts.values().stream()
                .filter(contact -> persons.containsValue(contact))
                .count();

        assertThat(sameNameBirthAndMail)
                .as("contacts with achternaam + geboortedatum + privé e-mail of a klant-persoon")
                .isGreaterThanOrEqualTo(100);
        assertThat(identical)
                .as("contacts whose privé gegevens equal a klant-persoon's")
                .isGreaterThanOrEqualTo(70);
        assertThat(identical).isLessThan(sameNameBirthAndMail + 40); // and some differ a little
    }

    @Test
    void dozensOfPersonsAreContactpersoonAtSeveralCompanies() {
        List<Map<String, Object>> groups = jdbc.queryForList("""
                SELECT personal_achternaam, personal_geboortedatum, personal_prive_email,
                       COUNT(DISTINCT company_id) AS companies
                FROM registration
                WHERE kind = 'CONTACT' AND personal_geboortedatum IS NOT NULL AND personal_prive_email IS NOT NULL
                GROUP BY personal_achternaam, personal_geboortedatum, personal_prive_email
                HAVING COUNT(DISTINCT company_id) >= 2
                """);

        assertThat(groups).hasSizeGreaterThanOrEqualTo(25);
        assertThat(groups)
                .extracting(row -> ((Number) row.get("companies")).intValue())
                .contains(3);
    }

    @Test
    void accentedSurnamesAreFoundWithoutTheirAccents() {
        assertThat(jdbc.queryForList(
                        "SELECT personal_achternaam FROM registration WHERE kind = 'PERSOON'", String.class))
                .contains("Brüggen", "Çelik", "Sánchez", "Hoëvenaars");

        assertThat(clients.search(ClientSearch.klanten("bruggen"), PageRequest.of(0, 20)))
                .extracting(RegistrationSummary::naam)
                .anySatisfy(naam -> assertThat(naam).contains("Brüggen"));
        assertThat(clients.search(ClientSearch.klanten("celik"), PageRequest.of(0, 20)))
                .extracting(RegistrationSummary::naam)
                .anySatisfy(naam -> assertThat(naam).contains("Çelik"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM registration WHERE kind = 'BEDRIJF' AND statutaire_naam"
                                + " LIKE '% B.V.'",
                        Long.class))
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void runningAgainAddsNothingAndRestoresTheCaller() {
        Map<String, Long> before = countsByKind();

        demoData.run(null);
        new DemoData(clients, transactionManager, false).run(null);

        assertThat(countsByKind()).isEqualTo(before);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
                .isEqualTo("medewerker");
    }

    @Test
    void theSameSeedGivesTheSameDataAsInTheDatabase() {
        List<String> first = fingerprint(new DemoData.Generator(DemoData.SEED).build());

        assertThat(fingerprint(new DemoData.Generator(DemoData.SEED).build())).isEqualTo(first);
        assertThat(fingerprint(new DemoData.Generator(DemoData.SEED + 1).build()))
                .isNotEqualTo(first);
        List<String> builtBsns = new DemoData.Generator(DemoData.SEED)
                .build().stream()
                        .map(DemoData.Klant::klant)
                        .filter(ClientPerson.class::isInstance)
                        .map(klant -> ((ClientPerson) klant).getBsn())
                        .toList();
        assertThat(jdbc.queryForList("SELECT bsn FROM registration WHERE kind = 'PERSOON'", String.class))
                .containsExactlyInAnyOrderElementsOf(builtBsns);
    }

    private static List<String> fingerprint(List<DemoData.Klant> klanten) {
        List<String> lines = new ArrayList<>();
        for (DemoData.Klant klant : klanten) {
            lines.add(describe(klant.klant()));
            klant.contacts().forEach(contact -> lines.add(describe(contact)));
        }
        return lines;
    }

    private static String describe(Registration registration) {
        StringBuilder line = new StringBuilder(registration.getDisplayName());
        if (registration instanceof PersonRegistration person) {
            PersonalData personal = person.getPersonal();
            line.append('|')
                    .append(personal.getVoornamen())
                    .append('|')
                    .append(personal.getGeboortedatum())
                    .append('|')
                    .append(personal.getWoonadres().format())
                    .append('|')
                    .append(personal.getPriveEmail())
                    .append('|')
                    .append(personal.getPriveMobiel())
                    .append('|')
                    .append(person.getEmailvoorkeur());
        }
        if (registration instanceof ClientPerson person) {
            line.append('|').append(person.getBsn());
        }
        if (registration instanceof ClientCompany company) {
            line.append('|')
                    .append(company.getKvkNummer())
                    .append('|')
                    .append(company.getEmail())
                    .append('|')
                    .append(company.getVestigingsadres().format());
        }
        if (registration instanceof ContactPerson contact) {
            line.append('|')
                    .append(contact.getBusiness().getFunctie())
                    .append('|')
                    .append(contact.getBusiness().getZakelijkEmail());
        }
        return line.toString();
    }

    private Map<String, Long> countsByKind() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT kind, COUNT(*) AS n FROM registration GROUP BY kind", row -> {
            counts.put(row.getString("kind"), row.getLong("n"));
        });
        return counts;
    }

    private List<String> column(String... columns) {
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.addAll(jdbc.queryForList(
                    "SELECT " + column + " FROM registration WHERE " + column + " IS NOT NULL", String.class));
        }
        return values;
    }

    /** The privé gegevens of every registration the search finds, by id, read through the service. */
    private <T extends PersonRegistration> Map<Long, PersonalData> personalData(ClientSearch search, Class<T> type) {
        Map<Long, PersonalData> result = new HashMap<>();
        for (int page = 0; ; page++) {
            List<RegistrationSummary> rows = clients.search(search, PageRequest.of(page, 100));
            if (rows.isEmpty()) {
                return result;
            }
            for (RegistrationSummary row : rows) {
                Registration registration = clients.get(row.id());
                if (type.isInstance(registration)) {
                    result.put(row.id(), type.cast(registration).getPersonal());
                }
            }
        }
    }

    private static String identityKey(PersonalData personal) {
        return personal.getAchternaam() + "|" + personal.getGeboortedatum() + "|"
                + Objects.requireNonNullElse(personal.getPriveEmail(), "");
    }
}
