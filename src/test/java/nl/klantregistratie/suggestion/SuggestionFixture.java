package nl.klantregistratie.suggestion;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;

/**
 * A klant-persoon registered again as contactpersoon at two klant-bedrijven (one with a typo in the
 * achternaam), with a surname of its own. Call with a signed-in user.
 */
public record SuggestionFixture(String surname, ClientPerson klant, ContactPerson contact, ContactPerson typo) {

    private static final AtomicInteger RUN = new AtomicInteger();

    public static SuggestionFixture create(ClientService clients) {
        String surname = "Dubbel" + TestData.uniqueSuffix(RUN.incrementAndGet());
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(RUN.get() * 37L);
        ClientCompany company = clients.save(TestData.company("Kapsalon " + surname + " B.V."));
        ClientPerson klant = TestData.person(surname, "M.", null);
        klant.getPersonal().setGeboortedatum(birth);
        klant.getPersonal().setPriveEmail(surname.toLowerCase() + "@thuis.nl");
        klant.getPersonal().setWoonadres(new Address("Kerkstraat", 3, "2345 CD", "Leiden"));
        klant = clients.save(klant);
        ContactPerson contact = TestData.contact(company, surname, "M.");
        contact.getPersonal().setGeboortedatum(birth);
        contact = clients.save(contact);
        // at another klant-bedrijf: the same person at two companies is linked (at one, merged)
        ClientCompany other = clients.save(TestData.company("Bloemisterij " + surname + " B.V."));
        ContactPerson typo = TestData.contact(other, surname + "n", "M.");
        typo.getPersonal().setGeboortedatum(birth);
        typo.getPersonal().setPriveEmail(surname.toLowerCase() + "@thuis.nl");
        typo = clients.save(typo);
        return new SuggestionFixture(surname, klant, contact, typo);
    }

    /** The suggestions that concern this fixture's registrations. */
    public List<LinkSuggestion> mine(List<LinkSuggestion> all) {
        List<Long> ids = List.of(klant.getId(), contact.getId(), typo.getId());
        return all.stream()
                .filter(s ->
                        ids.contains(s.follower().id()) && ids.contains(s.head().id()))
                .toList();
    }
}
