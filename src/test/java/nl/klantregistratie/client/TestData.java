package nl.klantregistratie.client;

import org.jspecify.annotations.Nullable;

/** Small valid registrations for tests. */
public final class TestData {

    private TestData() {}

    /** Letters only (zoeknamen are matched by prefix): "qa", "qb", ... for 1, 2, ... */
    public static String uniqueSuffix(int number) {
        StringBuilder suffix = new StringBuilder();
        int n = number + (int) (System.nanoTime() % 1000) * 1000;
        do {
            suffix.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "q" + suffix;
    }

    public static ClientPerson person(String achternaam, String voorletters, @Nullable String tussenvoegsel) {
        ClientPerson person = new ClientPerson();
        PersonalData personal = person.getPersonal();
        personal.setAchternaam(achternaam);
        personal.setVoorletters(voorletters);
        personal.setTussenvoegsel(tussenvoegsel);
        return person;
    }

    public static ClientCompany company(String name) {
        ClientCompany company = new ClientCompany();
        company.setStatutaireNaam(name);
        company.setRechtsvorm(LegalForm.BV);
        return company;
    }

    public static ContactPerson contact(ClientCompany company, String achternaam, String voorletters) {
        ContactPerson contact = new ContactPerson(company);
        contact.getPersonal().setAchternaam(achternaam);
        contact.getPersonal().setVoorletters(voorletters);
        return contact;
    }
}
