package nl.klantregistratie.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HistoryPanelTest extends KaribuTest {

    private static final String WHEN = "\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}";

    @Autowired
    HistoryService history;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Test
    void showsEachChangeInDutchWithWhoAndOldAndNewValues() {
        login(Role.MEDEWERKER);
        ClientCompany company = new ClientCompany();
        company.setStatutaireNaam("Drukkerij Van Dam B.V.");
        company.setRechtsvorm(LegalForm.BV);
        company = clients.save(company);
        ContactPerson follower = new ContactPerson(company);
        follower.getPersonal().setAchternaam("Dam");
        follower.getPersonal().setTussenvoegsel("van");
        follower.getPersonal().setVoorletters("K.");
        follower = clients.save(follower);
        ClientPerson head = new ClientPerson();
        head.getPersonal().setAchternaam("Jansen");
        head.getPersonal().setVoorletters("J.");
        head.getPersonal().setWoonadres(new Address("Dorpsstraat", 1, "1234 AB", "Utrecht"));
        head = clients.save(head);

        login(Role.SUPPORT);
        links.link(follower.getId(), follower.getVersion(), head.getId());
        links.unlink(follower.getId(), clients.get(follower.getId()).getVersion());

        HistoryPanel panel = new HistoryPanel(history);
        UI.getCurrent().add(panel);
        panel.show(follower.getId());

        List<Component> entries = _find(panel, Component.class, spec -> spec.withClasses("history-entry"));
        assertThat(entries).hasSize(3);
        String klantnummer = String.valueOf(head.getKlantnummer());
        assertThat(((Span) entries.get(0)).getText())
                .matches(WHEN + " · Sanne Support · Koppeling met hoofd " + "J\\. Jansen \\(" + klantnummer
                        + "\\) beëindigd");
        Details linked = (Details) entries.get(1);
        assertThat(linked.getSummaryText())
                .matches(WHEN + " · Sanne Support · Gekoppeld aan hoofd J\\. Jansen \\(" + klantnummer + "\\)");
        assertThat(_find(linked, Div.class, spec -> spec.withClasses("history-change")))
                .extracting(Div::getText)
                .contains(
                        "Achternaam: Dam → Jansen",
                        "Tussenvoegsel: van → (leeg)",
                        "Voorletters: K. → J.",
                        "Woonadres: (leeg) → Dorpsstraat 1, 1234 AB Utrecht");
        Details created = (Details) entries.get(2);
        assertThat(created.getSummaryText()).matches(WHEN + " · Mila Medewerker · Aangemaakt");
        assertThat(_find(created, Div.class, spec -> spec.withClasses("history-change")))
                .extracting(Div::getText)
                .contains(
                        "E-mailvoorkeur: (leeg) → Zakelijk",
                        "Klant-bedrijf: (leeg) → Drukkerij Van Dam B.V. (" + company.getKlantnummer() + ")");
    }

    @Test
    void saysSoWhenNothingWasRecorded() {
        login(Role.SUPPORT);
        HistoryPanel panel = new HistoryPanel(history);
        UI.getCurrent().add(panel);
        panel.show(Long.MAX_VALUE);

        assertThat(_get(panel, Span.class, spec -> spec.withClasses("history-empty"))
                        .getText())
                .isEqualTo("Nog geen wijzigingen vastgelegd.");
    }
}
