package nl.klantregistratie.correspondence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.correspondence.AddressOption;
import nl.klantregistratie.correspondence.Correspondence;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.correspondence.MailStatus;
import nl.klantregistratie.correspondence.TestMail;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * "Acties → Nieuwe e-mail" on the cards and the Correspondentie section (klantdossier), as a user
 * does it. The test context has no mail server, so messages are filed as "niet verzonden".
 */
class CorrespondenceFlowsTest extends KaribuTest {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    CorrespondenceService correspondence;

    private ClientCompany company;
    private ClientPerson head;
    private ContactPerson follower;

    @BeforeEach
    void registrations() {
        login(Role.MEDEWERKER);
        String surname = "Mulder" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientCompany draftCompany = TestData.company("Installatiebedrijf " + surname + " B.V.");
        draftCompany.setEmail("info@installatie.nl");
        company = clients.save(draftCompany);
        ClientPerson person = TestData.person(surname, "P.", null);
        person.getPersonal().setPriveEmail("piet@thuis.nl");
        person.setEmailvoorkeur(EmailPreference.PRIVE);
        head = clients.save(person);
        ContactPerson contact = TestData.contact(company, surname, "P.");
        contact.getBusiness().setZakelijkEmail("p.mulder@installatie.nl");
        contact.setEmailvoorkeur(EmailPreference.ZAKELIJK);
        contact = clients.save(contact);
        follower = links.link(contact.getId(), contact.getVersion(), head.getId());
    }

    @Test
    void composeFromAFollowerCardWithTheR10HintAndSeeItInTheDossier() {
        navigate("contactpersonen/" + follower.getId());
        CardActions.action("action-new-mail");

        ComboBox<AddressOption> to = toField();
        assertThat(to.getListDataView().getItems().map(AddressOption::address).toList())
                .containsExactly("p.mulder@installatie.nl");
        assertThat(to.getValue().address()).as("the only address is chosen").isEqualTo("p.mulder@installatie.nl");
        String hint =
                _get(Div.class, spec -> spec.withId("mail-hidden")).getElement().getTextRecursively();
        assertThat(hint)
                .contains("privé e-mailadres")
                .contains("e-mailvoorkeur is zakelijk")
                .doesNotContain("piet@thuis.nl");
        assertThat(_get(TextField.class, spec -> spec.withId("mail-subject")).getMaxLength())
                .as("stops where the klantdossier does")
                .isEqualTo(200);
        assertThat(_get(TextArea.class, spec -> spec.withId("mail-body")).getMaxLength())
                .isEqualTo(10_000);
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("mail-subject")), "Jaarrekening");
        UserInput.setValue(_get(TextArea.class, spec -> spec.withId("mail-body")), "Beste Piet,\n\nZie bijlage.");
        _click(_get(Button.class, spec -> spec.withId("mail-send")));

        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .contains("niet verzonden")
                .contains("er is geen mailserver ingesteld");
        assertThat(_find(Div.class, spec -> spec.withId("mail-hidden"))).isEmpty();
        Details section = _get(Details.class, spec -> spec.withId("section-dossier"));
        assertThat(section.isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Correspondence> dossier = _get(Grid.class, spec -> spec.withId("dossier-grid"));
        assertThat(GridKt._size(dossier)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(dossier, 0))
                .contains("Jaarrekening", "p.mulder@installatie.nl", "Niet verzonden", "Mila Medewerker");

        GridKt._clickItem(dossier, 0);
        assertThat(_get(Div.class, spec -> spec.withId("dossier-message-body")).getText())
                .isEqualTo("Beste Piet,\n\nZie bijlage.");
        assertThat(_get(Div.class, spec -> spec.withId("dossier-message-reason"))
                        .getText())
                .contains("er is geen mailserver ingesteld");

        navigate("klanten/bedrijf/" + company.getId());
        _get(Details.class, spec -> spec.withId("section-dossier")).setOpened(true);
        @SuppressWarnings("unchecked")
        Grid<Correspondence> companyDossier = _get(Grid.class, spec -> spec.withId("dossier-grid"));
        assertThat(GridKt._getFormattedRow(companyDossier, 0)).contains("Jaarrekening");
    }

    @Test
    void anAddressThatTheRulesHideMeanwhileIsRefused_theListFollowsAndWhatWasTypedStays_R8() {
        navigate("klanten/persoon/" + head.getId());
        CardActions.action("action-new-mail");
        assertThat(toField().getValue().address()).isEqualTo("piet@thuis.nl");
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("mail-subject")), "Aangifte");
        UserInput.setValue(_get(TextArea.class, spec -> spec.withId("mail-body")), "Beste Piet,");

        ClientPerson switched = clients.getPerson(head.getId()); // a colleague, meanwhile
        switched.setEmailvoorkeur(EmailPreference.ZAKELIJK);
        clients.save(switched);
        _click(_get(Button.class, spec -> spec.withId("mail-send")));

        assertThat(toField()
                        .getListDataView()
                        .getItems()
                        .map(AddressOption::address)
                        .toList())
                .isEmpty();
        assertThat(toField().getValue()).isNull();
        assertThat(_get(Div.class, spec -> spec.withId("mail-hidden"))
                        .getElement()
                        .getTextRecursively())
                .contains("e-mailvoorkeur is zakelijk")
                .doesNotContain("piet@thuis.nl");
        assertThat(_get(TextField.class, spec -> spec.withId("mail-subject")).getValue())
                .isEqualTo("Aangifte");
        assertThat(_get(TextArea.class, spec -> spec.withId("mail-body")).getValue())
                .isEqualTo("Beste Piet,");
        assertThat(_get(Button.class, spec -> spec.withId("mail-send")).isEnabled())
                .isTrue();
        assertThat(correspondence.correspondenceOf(head.getId(), FIRST_PAGE)).isEmpty();
    }

    @Test
    void aLongDossierScrollsAndShowsEveryMessageNewestFirst() {
        AddressOption general = correspondence.addresses(company.getId()).options().stream()
                .filter(option -> option.address().equals("info@installatie.nl"))
                .findFirst()
                .orElseThrow();
        for (int n = 1; n <= 12; n++) {
            correspondence.send(company.getId(), TestMail.draft(general, "Bericht " + n, "Tekst " + n));
        }

        navigate("klanten/bedrijf/" + company.getId());
        _get(Details.class, spec -> spec.withId("section-dossier")).setOpened(true);
        @SuppressWarnings("unchecked")
        Grid<Correspondence> dossier = _get(Grid.class, spec -> spec.withId("dossier-grid"));

        assertThat(dossier.isAllRowsVisible())
                .as("a long dossier scrolls instead of stretching the card")
                .isFalse();
        assertThat(GridKt._size(dossier)).isEqualTo(12);
        assertThat(GridKt._getFormattedRow(dossier, 0)).contains("Bericht 12");
        assertThat(GridKt._getFormattedRow(dossier, 11)).contains("Bericht 1");
    }

    @Test
    void missingInputIsShownNextToTheFieldsAndNothingTypedIsLost() {
        navigate("klanten/persoon/" + head.getId());
        CardActions.action("action-new-mail");
        assertThat(toField()
                        .getListDataView()
                        .getItems()
                        .map(AddressOption::address)
                        .toList())
                .containsExactly("piet@thuis.nl");
        UserInput.setValue(toField(), null);
        UserInput.setValue(_get(TextArea.class, spec -> spec.withId("mail-body")), "Een lange tekst");
        _click(_get(Button.class, spec -> spec.withId("mail-send")));

        assertThat(toField().isInvalid()).isTrue();
        assertThat(toField().getErrorMessage()).isEqualTo("Kies een e-mailadres");
        TextField subject = _get(TextField.class, spec -> spec.withId("mail-subject"));
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Verplicht veld");
        assertThat(_get(TextArea.class, spec -> spec.withId("mail-body")).getValue())
                .isEqualTo("Een lange tekst");
        assertThat(correspondence.correspondenceOf(head.getId(), FIRST_PAGE)).isEmpty();
        NewMailDialog dialog = _get(NewMailDialog.class);
        assertThat(dialog.isCloseOnEsc()).as("Esc does not throw the text away").isFalse();
        assertThat(dialog.isCloseOnOutsideClick())
                .as("nor does a click beside the dialog")
                .isFalse();
    }

    @Test
    void theCompanyCardOffersItsGeneralAddressAndItsContactpersonen() {
        navigate("klanten/bedrijf/" + company.getId());
        CardActions.action("action-new-mail");

        List<String> labels = toField()
                .getListDataView()
                .getItems()
                .map(toField().getItemLabelGenerator())
                .toList();
        assertThat(labels)
                .containsExactly(
                        company.getDisplayName() + " <info@installatie.nl> (algemeen)",
                        follower.getDisplayName() + " <p.mulder@installatie.nl> (zakelijk)");
        UserInput.setValue(toField(), toField().getListDataView().getItem(1));
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("mail-subject")), "Offerte");
        UserInput.setValue(_get(TextArea.class, spec -> spec.withId("mail-body")), "Zie bijlage");
        _click(_get(Button.class, spec -> spec.withId("mail-send")));

        Correspondence filed =
                correspondence.correspondenceOf(company.getId(), FIRST_PAGE).getFirst();
        assertThat(filed.getRecipientId()).isEqualTo(follower.getId());
        assertThat(filed.getStatus()).isEqualTo(MailStatus.NIET_VERZONDEN);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AddressOption> toField() {
        return _get(ComboBox.class, spec -> spec.withId("mail-to"));
    }
}
