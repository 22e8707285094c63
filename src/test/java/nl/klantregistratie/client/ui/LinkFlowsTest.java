package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.klantregistratie.client.ui.CardActions.text;
import static nl.klantregistratie.client.ui.CardActions.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.HoofdCandidate;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.ui.ChooseHoofdDialog;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed's flows, step by step, as a user does them in the cards (DOMAIN.md R2–R14). */
class LinkFlowsTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    private static final java.util.concurrent.atomic.AtomicInteger RUN =
            new java.util.concurrent.atomic.AtomicInteger();

    private ClientCompany company;
    private ClientPerson hoofd;
    private String surname;

    @BeforeEach
    void registrations() {
        login(Role.MEDEWERKER);
        surname = "Verhoeven" + TestData.uniqueSuffix(RUN.incrementAndGet());
        company = clients.save(TestData.company("Schildersbedrijf " + surname + " V.O.F."));
        ClientPerson person = TestData.person(surname, "K.", null);
        person.getPersonal().setGeboortedatum(LocalDate.of(1965, 3, 4));
        person.getPersonal().setWoonadres(new Address("Molenweg", 3, "5211 AB", "'s-Hertogenbosch"));
        person.getPersonal().setPriveEmail("kees@verhoeven.nl");
        person.setEmailvoorkeur(EmailPreference.PRIVE);
        hoofd = clients.save(person);
    }

    @Test
    void linkViaActiesSearchAndVerder() {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        navigate("contactpersonen/" + contact.getId());

        CardActions.action("action-link");
        chooseHoofd(hoofd.getKlantnummer().toString());
        Grid<?> changes = _get(Grid.class, spec -> spec.withId("link-changes"));
        assertThat(GridKt._size(changes)).isGreaterThan(0);
        _click(_get(Button.class, spec -> spec.withId("link-verder")));

        ContactPerson linked = clients.getContact(contact.getId());
        assertThat(linked.getHead().getId()).isEqualTo(hoofd.getId());
        assertThat(_get(Div.class, spec -> spec.withId("volger-title"))
                        .getElement()
                        .getTextRecursively())
                .contains("Gekoppeld aan hoofd")
                .contains("K. " + surname + " (" + hoofd.getKlantnummer() + ")");
        assertThat(text("personal-voorletters").getValue()).isEqualTo("K.");
    }

    @Test
    void thePreviewSaysWhyThePriveEmailBecomesEmpty_R8() {
        ContactPerson draft = TestData.contact(company, surname, "K.");
        draft.getPersonal().setPriveEmail("kees@verhoeven.nl");
        ContactPerson contact = clients.save(draft);
        navigate("contactpersonen/" + contact.getId());
        CardActions.action("action-link");
        chooseHoofd(hoofd.getKlantnummer().toString());
        assertThat(_find(Paragraph.class, spec -> spec.withId("link-r8")))
                .as("the hoofd prefers privé mail")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("link-cancel")));

        ClientPerson zakelijk = clients.getPerson(hoofd.getId());
        zakelijk.setEmailvoorkeur(EmailPreference.ZAKELIJK);
        clients.save(zakelijk);
        CardActions.action("action-link");
        chooseHoofd(hoofd.getKlantnummer().toString());

        assertThat(_get(Paragraph.class, spec -> spec.withId("link-r8")).getText())
                .startsWith("De privé e-mail wordt leeg: het hoofd heeft e-mailvoorkeur zakelijk");
    }

    @Test
    void aContactpersoonThatIsHoofdIsLinkedWithItsVolgers_namedBeforeVerder_R3() {
        ContactPerson contactHoofd = clients.save(TestData.contact(company, surname, "K."));
        ClientCompany other = clients.save(TestData.company("Aannemer " + surname + " B.V."));
        ContactPerson itsVolger = clients.save(TestData.contact(other, surname, "K."));
        links.link(itsVolger.getId(), itsVolger.getVersion(), contactHoofd.getId());
        navigate("contactpersonen/" + contactHoofd.getId());

        CardActions.action("action-link");
        chooseHoofd(hoofd.getKlantnummer().toString());
        assertThat(_get(Div.class, spec -> spec.withId("link-moving"))
                        .getElement()
                        .getTextRecursively())
                .contains(itsVolger.getDisplayName() + " (" + itsVolger.getKlantnummer() + ")");
        _click(_get(Button.class, spec -> spec.withId("link-verder")));

        assertThat(clients.getContact(contactHoofd.getId()).getHead().getId()).isEqualTo(hoofd.getId());
        assertThat(clients.getContact(itsVolger.getId()).getHead().getId()).isEqualTo(hoofd.getId());
        assertThat(links.state(hoofd.getId()).volgerCount()).isEqualTo(2);
    }

    @Test
    void aSearchThatFindsNobodySaysSo() {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        navigate("contactpersonen/" + contact.getId());
        CardActions.action("action-link");
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("hoofd-search")), "Qqxyzzy");

        Grid<?> candidates = _get(Grid.class, spec -> spec.withId("hoofd-candidates"));
        assertThat(GridKt._size(candidates)).isZero();
        assertThat(candidates.getEmptyStateText())
                .isEqualTo(
                        "Niemand gevonden voor “Qqxyzzy”. Zoek op klantnummer of op het begin van de zoeknaam (achternaam eerst).");
    }

    @Test
    void cancelLeavesEverythingAsItWas() {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        navigate("contactpersonen/" + contact.getId());
        CardActions.action("action-link");
        chooseHoofd(hoofd.getKlantnummer().toString());
        _click(_get(Button.class, spec -> spec.withId("link-cancel")));

        assertThat(clients.getContact(contact.getId()).getHead()).isNull();
        assertThat(clients.getContact(contact.getId()).getPersonal().getVoorletters())
                .isEqualTo("C.");
    }

    @Test
    void theTipFlow_minimalContactThenLinkFillsTheData() {
        navigate("contactpersonen/nieuw?bedrijf=" + company.getId());
        type("personal-achternaam", "x");
        CardActions.save();
        ContactPersonView card = _get(ContactPersonView.class);
        long id = card.registration().getId();

        CardActions.action("action-link");
        chooseHoofd(surname.toLowerCase() + ", k");
        _click(_get(Button.class, spec -> spec.withId("link-verder")));

        assertThat(text("personal-achternaam").getValue()).isEqualTo(surname);
        assertThat(text("woonadres-straat").getValue()).isEqualTo("Molenweg");
        assertThat(clients.getContact(id).getPersonal().getPriveEmail()).isEqualTo("kees@verhoeven.nl");
    }

    @Test
    void createALinkedContactpersoonFromTheHoofd() {
        navigate("klanten/persoon/" + hoofd.getId());
        ContextMenuKt._clickItemWithID(
                _get(MenuBar.class, spec -> spec.withId("card-actions")), "action-create-linked");
        @SuppressWarnings("unchecked")
        ComboBox<RegistrationSummary> picker = _get(ComboBox.class, spec -> spec.withId("company-picker-company"));
        RegistrationSummary chosen = clients.search(
                        nl.klantregistratie.client.ClientSearch.klanten(
                                company.getKlantnummer().toString()),
                        org.springframework.data.domain.PageRequest.of(0, 1))
                .getFirst();
        UserInput.setValue(picker, chosen);
        _click(_get(Button.class, spec -> spec.withId("company-picker-verder")));

        ContactPersonView card = _get(ContactPersonView.class);
        assertThat(text("personal-achternaam").getValue()).isEqualTo(surname);
        assertThat(text("personal-achternaam").isReadOnly()).isTrue();
        assertThat(text("business-functie").isReadOnly()).isFalse();
        type("business-functie", "Vennoot");
        CardActions.save();

        ContactPerson created = clients.getContact(card.registration().getId());
        assertThat(created.getHead().getId()).isEqualTo(hoofd.getId());
        assertThat(created.getBusiness().getFunctie()).isEqualTo("Vennoot");
        navigate("klanten/persoon/" + hoofd.getId());
        assertThat(_get(Div.class, spec -> spec.withId("hoofd-title")).getText())
                .isEqualTo("Hoofd van 1 volger");
    }

    @Test
    void theCreateFormOffersKoppelenAanHoofdDirectly() {
        navigate("contactpersonen/nieuw?bedrijf=" + company.getId());
        type("business-functie", "Boekhouder");
        _click(_get(Button.class, spec -> spec.withId("link-new")));
        UserInput.setValue(
                _get(TextField.class, spec -> spec.withId("hoofd-search")),
                hoofd.getKlantnummer().toString());
        @SuppressWarnings("unchecked")
        Grid<HoofdCandidate> candidates = _get(Grid.class, spec -> spec.withId("hoofd-candidates"));
        candidates.asSingleSelect().setValue(GridKt._get(candidates, 0));

        assertThat(text("personal-achternaam").getValue()).isEqualTo(surname);
        assertThat(text("business-functie").getValue()).isEqualTo("Boekhouder");
        CardActions.save();
        ContactPerson created =
                clients.getContact(_get(ContactPersonView.class).registration().getId());
        assertThat(created.getHead().getId()).isEqualTo(hoofd.getId());
    }

    @Test
    void theCreateFormAdvisesAgainstAContactpersoonAsHoofdAndOffersTheKlantPersoon_R2() {
        ContactPerson lookalike = TestData.contact(company, surname, "K.");
        lookalike.getPersonal().setGeboortedatum(LocalDate.of(1965, 3, 4));
        ContactPerson contactHoofd = clients.save(lookalike);
        navigate("contactpersonen/nieuw?bedrijf=" + company.getId());
        type("business-functie", "Boekhouder");
        _click(_get(Button.class, spec -> spec.withId("link-new")));
        UserInput.setValue(
                _get(TextField.class, spec -> spec.withId("hoofd-search")),
                contactHoofd.getKlantnummer().toString());
        @SuppressWarnings("unchecked")
        Grid<HoofdCandidate> candidates = _get(Grid.class, spec -> spec.withId("hoofd-candidates"));
        candidates.asSingleSelect().setValue(GridKt._get(candidates, 0));

        assertThat(_get(Div.class, spec -> spec.withId("choose-hoofd-advice"))
                        .getElement()
                        .getTextRecursively())
                .contains("bij voorkeur een klant-persoon");
        assertThat(_get(Button.class, spec -> spec.withId("choose-hoofd-anyway"))
                        .getText())
                .contains(String.valueOf(contactHoofd.getKlantnummer()));
        _click(_get(Button.class, spec -> spec.withId("choose-hoofd-use-klant")));

        assertThat(_find(ChooseHoofdDialog.class)).isEmpty();
        CardActions.save();
        ContactPerson created =
                clients.getContact(_get(ContactPersonView.class).registration().getId());
        assertThat(created.getHead().getId()).isEqualTo(hoofd.getId());
        assertThat(created.getBusiness().getFunctie()).isEqualTo("Boekhouder");
    }

    @Test
    void aHoofdAddressChangeIsVisibleOnEveryVolger() {
        ContactPerson first = linkedVolger("a");
        ContactPerson second = linkedVolger("b");

        navigate("klanten/persoon/" + hoofd.getId());
        CardActions.edit();
        type("woonadres-straat", "Kerkplein");
        CardActions.save();

        for (ContactPerson volger : List.of(first, second)) {
            navigate("contactpersonen/" + volger.getId());
            assertThat(text("woonadres-straat").getValue()).isEqualTo("Kerkplein");
        }
    }

    @Test
    void aVolgersSyncedFieldsAreReadOnlyWithANote() {
        ContactPerson volger = linkedVolger("a");
        navigate("contactpersonen/" + volger.getId());
        CardActions.edit();

        assertThat(text("personal-achternaam").isReadOnly()).isTrue();
        assertThat(text("woonadres-straat").isReadOnly()).isTrue();
        assertThat(text("business-functie").isReadOnly()).isFalse();
        // The zoeknaam is the volger's own: editable, and not shown among the locked privé gegevens.
        assertThat(text("zoeknaam").isReadOnly()).isFalse();
        assertThat(sectionOf(text("zoeknaam"))).isEqualTo("section-registratie");
        assertThat(sectionOf(text("woonadres-straat"))).isEqualTo("section-prive");
        assertThat(_get(Div.class, spec -> spec.withId("personal-lock-note")).getText())
                .contains("geleid door hoofd K. " + surname);
        type("business-afdeling", "Buitendienst");
        CardActions.save();
        assertThat(clients.getContact(volger.getId()).getBusiness().getAfdeling())
                .isEqualTo("Buitendienst");
    }

    @Test
    void navigationFromVolgerToHoofdAndBack() {
        ContactPerson volger = linkedVolger("a");
        navigate("contactpersonen/" + volger.getId());
        CardActions.action("action-goto-hoofd");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("klanten/persoon/" + hoofd.getId());

        assertThat(_get(Div.class, spec -> spec.withId("hoofd-title")).getText())
                .isEqualTo("Hoofd van 1 volger");
        CardActions.action("action-show-volgers");
        @SuppressWarnings("unchecked")
        Grid<ContactPerson> volgers = _get(Grid.class, spec -> spec.withId("volgers-grid"));
        assertThat(GridKt._size(volgers)).isEqualTo(1);
        GridKt._clickItem(volgers, 0, 1, false, false, false, false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("contactpersonen/" + volger.getId());
        assertThat(_get(Anchor.class, spec -> spec.withId("volger-hoofd-link")).getHref())
                .isEqualTo("klanten/persoon/" + hoofd.getId());
    }

    @Test
    void supportEndsALink_valuesStayAndFieldsUnlock() {
        ContactPerson volger = linkedVolger("a");
        login(Role.SUPPORT);
        navigate("contactpersonen/" + volger.getId());
        CardActions.action("action-unlink");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("unlink-dialog"));
        assertThat(confirm.getElement().getProperty("message"))
                .contains("(" + volger.getKlantnummer() + ") bij " + company.getDisplayName())
                .contains("hoofd K. " + surname + " (" + hoofd.getKlantnummer() + ")");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(clients.getContact(volger.getId()).getHead()).isNull();
        assertThat(text("personal-achternaam").getValue()).isEqualTo(surname);
        assertThat(_find(Div.class, spec -> spec.withId("volger-title"))).isEmpty();
        CardActions.edit();
        assertThat(text("personal-achternaam").isReadOnly()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void endingALinkIsHiddenForOtherRoles(Role role) {
        ContactPerson volger = linkedVolger("a");
        login(role);
        navigate("contactpersonen/" + volger.getId());

        MenuBar actions = _get(MenuBar.class, spec -> spec.withId("card-actions"));
        assertThat(actions.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getId().orElse(""))
                .contains("action-goto-hoofd")
                .doesNotContain("action-unlink");
    }

    @Test
    void deletingAHoofdOfOneVolgerSaysSoInTheSingular() {
        linkedVolger("a");
        navigate("klanten/persoon/" + hoofd.getId());
        CardActions.action("action-delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-dialog")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(message -> assertThat(message).contains("hoofd van 1 volger en"));
    }

    @Test
    void supportMovesTheVolgersOfAHoofdToAnotherHoofd_R14() {
        ContactPerson a = linkedVolger("a");
        ContactPerson b = linkedVolger("b");
        ClientPerson other = TestData.person("Ander" + surname, "L.", null);
        other.getPersonal().setWoonadres(new Address("Kerkstraat", 7, "5211 CD", "'s-Hertogenbosch"));
        other = clients.save(other);
        login(Role.SUPPORT);
        navigate("klanten/persoon/" + hoofd.getId());

        CardActions.action("action-move-volgers");
        chooseHoofd(String.valueOf(other.getKlantnummer()));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("move-dialog"));
        assertThat(confirm.getElement().getProperty("message"))
                .contains("De 2 volgers van K. " + surname)
                .contains("hoofd L. Ander" + surname + " (" + other.getKlantnummer() + ")");
        ConfirmDialogKt._fireConfirm(confirm);

        for (ContactPerson moved : List.of(a, b)) {
            ContactPerson stored = clients.getContact(moved.getId());
            assertThat(stored.getHead().getId()).isEqualTo(other.getId());
            assertThat(stored.getPersonal().getWoonadres().getStraat()).isEqualTo("Kerkstraat");
        }
        assertThat(_find(Div.class, spec -> spec.withId("hoofd-title"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void movingVolgersIsHiddenForOtherRoles(Role role) {
        linkedVolger("a");
        login(role);
        navigate("klanten/persoon/" + hoofd.getId());

        MenuBar actions = _get(MenuBar.class, spec -> spec.withId("card-actions"));
        assertThat(actions.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getId().orElse(""))
                .contains("action-show-volgers")
                .doesNotContain("action-move-volgers");
    }

    @Test
    void deletingAHoofdIsRefusedWithTheCount() {
        linkedVolger("a");
        linkedVolger("b");
        navigate("klanten/persoon/" + hoofd.getId());
        CardActions.action("action-delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-dialog")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(message -> assertThat(message).contains("hoofd van 2 volgers"));
        assertThat(clients.getPerson(hoofd.getId())).isNotNull();
    }

    @Test
    void choosingAContactpersoonAsHoofdShowsTheAdviceAndTheKlantPersoon() {
        ContactPerson lookalike = TestData.contact(company, surname, "K.");
        lookalike.getPersonal().setGeboortedatum(LocalDate.of(1965, 3, 4));
        ContactPerson contactHoofd = clients.save(lookalike);
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        navigate("contactpersonen/" + contact.getId());

        CardActions.action("action-link");
        chooseHoofd(contactHoofd.getKlantnummer().toString());

        assertThat(_get(Div.class, spec -> spec.withId("link-advice"))
                        .getElement()
                        .getTextRecursively())
                .contains("bij voorkeur een klant-persoon");
        _click(_get(Button.class, spec -> spec.withId("link-advice-use")));
        _click(_get(Button.class, spec -> spec.withId("link-verder")));
        assertThat(clients.getContact(contact.getId()).getHead().getId()).isEqualTo(hoofd.getId());
    }

    @Test
    void theHistorieSectionShowsTheLinkAndTheReplacedValues_R16() {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        links.link(contact.getId(), contact.getVersion(), hoofd.getId());
        navigate("contactpersonen/" + contact.getId());
        assertThat(_find(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("section-historie")))
                .as("history is for support staff")
                .isEmpty();

        login(Role.SUPPORT);
        navigate("contactpersonen/" + contact.getId());
        com.vaadin.flow.component.details.Details history =
                _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("section-historie"));
        history.setOpened(true);

        String text = history.getElement().getTextRecursively();
        assertThat(text)
                .contains("Gekoppeld aan hoofd K. " + surname)
                .contains("C.")
                .contains("K.");
    }

    private ContactPerson linkedVolger(String name) {
        ContactPerson contact = clients.save(TestData.contact(company, name, name));
        return links.link(contact.getId(), contact.getVersion(), hoofd.getId());
    }

    /** The id of the card section that holds the component. */
    private static String sectionOf(com.vaadin.flow.component.Component component) {
        java.util.Optional<com.vaadin.flow.component.Component> parent = component.getParent();
        while (parent.isPresent() && !(parent.get() instanceof CardSection)) {
            parent = parent.get().getParent();
        }
        return parent.flatMap(com.vaadin.flow.component.Component::getId).orElse("");
    }

    private static void chooseHoofd(String search) {
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("hoofd-search")), search);
        @SuppressWarnings("unchecked")
        Grid<HoofdCandidate> candidates = _get(Grid.class, spec -> spec.withId("hoofd-candidates"));
        candidates.asSingleSelect().setValue(GridKt._get(candidates, 0));
    }
}
