package nl.klantregistratie.link.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.klantregistratie.test.CardActions.text;
import static nl.klantregistratie.test.CardActions.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.HeadCandidate;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The seed's flows, step by step, as a user does them in the cards (docs/domain.md R2–R14). */
class LinkFlowsTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    private static final AtomicInteger RUN = new AtomicInteger();

    private ClientCompany company;
    private ClientPerson head;
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
        head = clients.save(person);
    }

    @Test
    void linkViaActiesSearchAndVerder() {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        navigate("contactpersonen/" + contact.getId());

        CardActions.action("action-link");
        chooseHead(head.getKlantnummer().toString());
        Grid<?> changes = _get(Grid.class, spec -> spec.withId("link-changes"));
        assertThat(GridKt._size(changes)).isGreaterThan(0);
        assertThat(changes.getThemeNames()).as("long values wrap, shown whole").contains("wrap-cell-content");
        _click(_get(Button.class, spec -> spec.withId("link-verder")));

        ContactPerson linked = clients.getContact(contact.getId());
        assertThat(linked.getHead().getId()).isEqualTo(head.getId());
        assertThat(_get(Div.class, spec -> spec.withId("follower-title"))
                        .getElement()
                        .getTextRecursively())
                .contains("Gekoppeld aan hoofd")
                .contains("K. " + surname + " (" + head.getKlantnummer() + ")");
        assertThat(text("personal-voorletters").getValue()).isEqualTo("K.");
    }

    @Test
    void thePreviewSaysWhyThePriveEmailBecomesEmpty_R8() {
        ContactPerson draft = TestData.contact(company, surname, "K.");
        draft.getPersonal().setPriveEmail("kees@verhoeven.nl");
        ContactPerson contact = clients.save(draft);
        navigate("contactpersonen/" + contact.getId());
        CardActions.action("action-link");
        chooseHead(head.getKlantnummer().toString());
        assertThat(_find(Paragraph.class, spec -> spec.withId("link-r8")))
                .as("the hoofd prefers privé mail")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("link-cancel")));

        ClientPerson zakelijk = clients.getPerson(head.getId());
        zakelijk.setEmailvoorkeur(EmailPreference.ZAKELIJK);
        clients.save(zakelijk);
        CardActions.action("action-link");
        chooseHead(head.getKlantnummer().toString());

        assertThat(_get(Paragraph.class, spec -> spec.withId("link-r8")).getText())
                .startsWith("De privé e-mail wordt leeg: het hoofd heeft e-mailvoorkeur zakelijk");
    }

    /** R10 on the card: the empty privé e-mail of a volger says its hoofd has one that it withholds. */
    @Test
    void aFollowersEmptyPriveEmailSaysTheHeadWithholdsOne_R10() {
        ContactPerson follower = linkedFollower("a");
        navigate("contactpersonen/" + follower.getId());
        assertThat(text("personal-priveEmail").getHelperText()).isNull(); // the hoofd prefers privé: passed on

        ClientPerson zakelijk = clients.getPerson(head.getId());
        zakelijk.setEmailvoorkeur(EmailPreference.ZAKELIJK);
        clients.save(zakelijk);
        navigate("contactpersonen/" + follower.getId());

        assertThat(text("personal-priveEmail").getValue()).isEmpty();
        assertThat(text("personal-priveEmail").getHelperText())
                .startsWith(head.getDisplayName() + " heeft een privé e-mailadres, maar wil zakelijk gemaild worden");
    }

    @Test
    void aContactpersoonThatIsHeadIsLinkedWithItsFollowers_namedBeforeVerder_R3() {
        ContactPerson contactHead = clients.save(TestData.contact(company, surname, "K."));
        ClientCompany other = clients.save(TestData.company("Aannemer " + surname + " B.V."));
        ContactPerson itsFollower = clients.save(TestData.contact(other, surname, "K."));
        links.link(itsFollower.getId(), itsFollower.getVersion(), contactHead.getId());
        navigate("contactpersonen/" + contactHead.getId());

        CardActions.action("action-link");
        chooseHead(head.getKlantnummer().toString());
        assertThat(_get(Div.class, spec -> spec.withId("link-moving"))
                        .getElement()
                        .getTextRecursively())
                .contains(itsFollower.getDisplayName() + " (" + itsFollower.getKlantnummer() + ")");
        _click(_get(Button.class, spec -> spec.withId("link-verder")));

        // the message says its volger moved along
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(message -> assertThat(message)
                        .isEqualTo(contactHead.getDisplayName() + " volgt nu hoofd " + head.getDisplayName()
                                + "; de volger van " + contactHead.getDisplayName() + " volgt mee."));
        assertThat(clients.getContact(contactHead.getId()).getHead().getId()).isEqualTo(head.getId());
        assertThat(clients.getContact(itsFollower.getId()).getHead().getId()).isEqualTo(head.getId());
        assertThat(links.state(head.getId()).followerCount()).isEqualTo(2);
    }

    @Test
    void aSearchThatFindsNobodySaysSo() {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        navigate("contactpersonen/" + contact.getId());
        CardActions.action("action-link");
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("head-search")), "Qqxyzzy");

        Grid<?> candidates = _get(Grid.class, spec -> spec.withId("head-candidates"));
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
        chooseHead(head.getKlantnummer().toString());
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
        long id = CardActions.shownId(clients);

        CardActions.action("action-link");
        chooseHead(surname.toLowerCase() + ", k");
        _click(_get(Button.class, spec -> spec.withId("link-verder")));

        assertThat(text("personal-achternaam").getValue()).isEqualTo(surname);
        assertThat(text("woonadres-straat").getValue()).isEqualTo("Molenweg");
        assertThat(clients.getContact(id).getPersonal().getPriveEmail()).isEqualTo("kees@verhoeven.nl");
    }

    @Test
    void createALinkedContactpersoonFromTheHead() {
        navigate("klanten/persoon/" + head.getId());
        ContextMenuKt._clickItemWithID(
                _get(MenuBar.class, spec -> spec.withId("card-actions")), "action-create-linked");
        @SuppressWarnings("unchecked")
        ComboBox<RegistrationSummary> picker = _get(ComboBox.class, spec -> spec.withId("company-picker-company"));
        RegistrationSummary chosen = clients.search(
                        ClientSearch.klanten(company.getKlantnummer().toString()), PageRequest.of(0, 1))
                .getFirst();
        UserInput.setValue(picker, chosen);
        _click(_get(Button.class, spec -> spec.withId("company-picker-verder")));

        assertThat(text("personal-achternaam").getValue()).isEqualTo(surname);
        assertThat(text("personal-achternaam").isReadOnly()).isTrue();
        assertThat(text("business-functie").isReadOnly()).isFalse();
        type("business-functie", "Vennoot");
        CardActions.save();

        ContactPerson created = clients.getContact(CardActions.shownId(clients));
        assertThat(created.getHead().getId()).isEqualTo(head.getId());
        assertThat(created.getBusiness().getFunctie()).isEqualTo("Vennoot");
        navigate("klanten/persoon/" + head.getId());
        assertThat(_get(Div.class, spec -> spec.withId("head-title")).getText()).isEqualTo("Hoofd van 1 volger");
    }

    @Test
    void theCreateFormOffersLinkingToAHeadDirectly() {
        navigate("contactpersonen/nieuw?bedrijf=" + company.getId());
        type("business-functie", "Boekhouder");
        _click(_get(Button.class, spec -> spec.withId("link-new")));
        UserInput.setValue(
                _get(TextField.class, spec -> spec.withId("head-search")),
                head.getKlantnummer().toString());
        @SuppressWarnings("unchecked")
        Grid<HeadCandidate> candidates = _get(Grid.class, spec -> spec.withId("head-candidates"));
        candidates.asSingleSelect().setValue(GridKt._get(candidates, 0));

        assertThat(text("personal-achternaam").getValue()).isEqualTo(surname);
        assertThat(text("business-functie").getValue()).isEqualTo("Boekhouder");
        CardActions.save();
        ContactPerson created = clients.getContact(CardActions.shownId(clients));
        assertThat(created.getHead().getId()).isEqualTo(head.getId());
    }

    @Test
    void theCreateFormAdvisesAgainstAContactpersoonAsHeadAndOffersTheKlantPersoon_R2() {
        ContactPerson lookalike = TestData.contact(company, surname, "K.");
        lookalike.getPersonal().setGeboortedatum(LocalDate.of(1965, 3, 4));
        ContactPerson contactHead = clients.save(lookalike);
        navigate("contactpersonen/nieuw?bedrijf=" + company.getId());
        type("business-functie", "Boekhouder");
        _click(_get(Button.class, spec -> spec.withId("link-new")));
        UserInput.setValue(
                _get(TextField.class, spec -> spec.withId("head-search")),
                contactHead.getKlantnummer().toString());
        @SuppressWarnings("unchecked")
        Grid<HeadCandidate> candidates = _get(Grid.class, spec -> spec.withId("head-candidates"));
        candidates.asSingleSelect().setValue(GridKt._get(candidates, 0));

        assertThat(_get(Div.class, spec -> spec.withId("choose-head-advice"))
                        .getElement()
                        .getTextRecursively())
                .contains("bij voorkeur een klant-persoon");
        assertThat(_get(Button.class, spec -> spec.withId("choose-head-anyway")).getText())
                .contains(String.valueOf(contactHead.getKlantnummer()));
        _click(_get(Button.class, spec -> spec.withId("choose-head-use-klant")));

        assertThat(_find(ChooseHeadDialog.class)).isEmpty();
        CardActions.save();
        ContactPerson created = clients.getContact(CardActions.shownId(clients));
        assertThat(created.getHead().getId()).isEqualTo(head.getId());
        assertThat(created.getBusiness().getFunctie()).isEqualTo("Boekhouder");
    }

    @Test
    void aHeadAddressChangeIsVisibleOnEveryFollower() {
        ContactPerson first = linkedFollower("a");
        ContactPerson second = linkedFollower("b");

        navigate("klanten/persoon/" + head.getId());
        CardActions.edit();
        type("woonadres-straat", "Kerkplein");
        CardActions.save();

        for (ContactPerson follower : List.of(first, second)) {
            navigate("contactpersonen/" + follower.getId());
            assertThat(text("woonadres-straat").getValue()).isEqualTo("Kerkplein");
        }
    }

    @Test
    void aFollowersSyncedFieldsAreReadOnlyWithANote() {
        ContactPerson follower = linkedFollower("a");
        navigate("contactpersonen/" + follower.getId());
        CardActions.edit();

        List<HasValue<?, ?>> privateFields =
                _find(_get(Section.class, spec -> spec.withId("section-prive")), Component.class).stream()
                        .filter(HasValue.class::isInstance)
                        .<HasValue<?, ?>>map(HasValue.class::cast)
                        .toList();
        assertThat(privateFields)
                .as("every privé field, the woonadres's fields included")
                .hasSizeGreaterThanOrEqualTo(19)
                .allSatisfy(field -> assertThat(field.isReadOnly()).isTrue());
        assertThat(text("business-functie").isReadOnly()).isFalse();
        // The zoeknaam is the volger's own: editable, and not shown among the locked privé gegevens.
        assertThat(text("zoeknaam").isReadOnly()).isFalse();
        assertThat(sectionOf(text("zoeknaam"))).isEqualTo("section-registratie");
        assertThat(sectionOf(text("woonadres-straat"))).isEqualTo("section-prive");
        assertThat(_get(Div.class, spec -> spec.withId("personal-lock-note")).getText())
                .contains("geleid door hoofd K. " + surname);
        type("business-afdeling", "Buitendienst");
        CardActions.save();
        assertThat(clients.getContact(follower.getId()).getBusiness().getAfdeling())
                .isEqualTo("Buitendienst");
    }

    @Test
    void navigationFromFollowerToHeadAndBack() {
        ContactPerson follower = linkedFollower("a");
        navigate("contactpersonen/" + follower.getId());
        CardActions.action("action-goto-head");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("klanten/persoon/" + head.getId());

        assertThat(_get(Div.class, spec -> spec.withId("head-title")).getText()).isEqualTo("Hoofd van 1 volger");
        CardActions.action("action-show-followers");
        @SuppressWarnings("unchecked")
        Grid<ContactPerson> followers = _get(Grid.class, spec -> spec.withId("followers-grid"));
        assertThat(GridKt._size(followers)).isEqualTo(1);
        GridKt._clickItem(followers, 0, 1, false, false, false, false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("contactpersonen/" + follower.getId());
        assertThat(_get(Anchor.class, spec -> spec.withId("follower-head-link")).getHref())
                .isEqualTo("klanten/persoon/" + head.getId());
    }

    @Test
    void supportEndsALink_valuesStayAndFieldsUnlock() {
        ContactPerson follower = linkedFollower("a");
        login(Role.SUPPORT);
        navigate("contactpersonen/" + follower.getId());
        CardActions.action("action-unlink");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("unlink-dialog"));
        assertThat(confirm.getElement().getProperty("message"))
                .contains("(" + follower.getKlantnummer() + ") bij " + company.getDisplayName())
                .contains("hoofd K. " + surname + " (" + head.getKlantnummer() + ")");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(clients.getContact(follower.getId()).getHead()).isNull();
        assertThat(text("personal-achternaam").getValue()).isEqualTo(surname);
        assertThat(_find(Div.class, spec -> spec.withId("follower-title"))).isEmpty();
        CardActions.edit();
        assertThat(text("personal-achternaam").isReadOnly()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void endingALinkIsHiddenForOtherRoles(Role role) {
        ContactPerson follower = linkedFollower("a");
        login(role);
        navigate("contactpersonen/" + follower.getId());

        MenuBar actions = _get(MenuBar.class, spec -> spec.withId("card-actions"));
        assertThat(actions.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getId().orElse(""))
                .contains("action-goto-head")
                .doesNotContain("action-unlink");
    }

    @Test
    void deletingAHeadOfOneFollowerSaysSoInTheSingular() {
        linkedFollower("a");
        navigate("klanten/persoon/" + head.getId());
        CardActions.action("action-delete");

        assertThat(refusal()).contains("hoofd van 1 volger en");
    }

    @Test
    void supportMovesTheFollowersOfAHeadToAnotherHead_R14() {
        ContactPerson a = linkedFollower("a");
        ContactPerson b = linkedFollower("b");
        ClientPerson other = TestData.person("Ander" + surname, "L.", null);
        other.getPersonal().setWoonadres(new Address("Kerkstraat", 7, "5211 CD", "'s-Hertogenbosch"));
        other = clients.save(other);
        login(Role.SUPPORT);
        navigate("klanten/persoon/" + head.getId());

        CardActions.action("action-move-followers");
        chooseHead(String.valueOf(other.getKlantnummer()));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("move-dialog"));
        assertThat(confirm.getElement().getProperty("message"))
                .contains("De 2 volgers van K. " + surname)
                .contains("hoofd L. Ander" + surname + " (" + other.getKlantnummer() + ")")
                // named, not only counted
                .contains("Het gaat om: ")
                .contains(a.getLabel() + " bij " + company.getDisplayName())
                .contains(b.getLabel() + " bij " + company.getDisplayName());
        ConfirmDialogKt._fireConfirm(confirm);

        for (ContactPerson moved : List.of(a, b)) {
            ContactPerson stored = clients.getContact(moved.getId());
            assertThat(stored.getHead().getId()).isEqualTo(other.getId());
            assertThat(stored.getPersonal().getWoonadres().getStraat()).isEqualTo("Kerkstraat");
        }
        assertThat(_find(Div.class, spec -> spec.withId("head-title"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void movingFollowersIsHiddenForOtherRoles(Role role) {
        linkedFollower("a");
        login(role);
        navigate("klanten/persoon/" + head.getId());

        MenuBar actions = _get(MenuBar.class, spec -> spec.withId("card-actions"));
        assertThat(actions.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getId().orElse(""))
                .contains("action-show-followers")
                .doesNotContain("action-move-followers");
    }

    @Test
    void deletingAHeadIsRefusedWithTheCount() {
        linkedFollower("a");
        linkedFollower("b");
        navigate("klanten/persoon/" + head.getId());
        CardActions.action("action-delete");

        // said at once, with the count: no "definitief verwijderen" is asked first
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("delete-dialog")))
                .isEmpty();
        assertThat(refusal()).contains("hoofd van 2 volgers");
        assertThat(clients.getPerson(head.getId())).isNotNull();
        // a medewerker is told who can solve it, and offered nothing they may not do
        assertThat(_get(Paragraph.class, spec -> spec.withId("delete-refused-ask"))
                        .getText())
                .startsWith("Applicatiebeheer (support) kan de volgers");
        assertThat(_find(Button.class, spec -> spec.withId("delete-refused-unlink-all")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("delete-refused-move")))
                .isEmpty();
    }

    /** R14 solved where it is said: support ends every link from the refusal, and then may delete. */
    @Test
    void supportEndsAllLinksFromTheDeletionRefusal_R14() {
        ContactPerson a = linkedFollower("a");
        ContactPerson b = linkedFollower("b");
        login(Role.SUPPORT);
        navigate("klanten/persoon/" + head.getId());
        CardActions.action("action-delete");

        _click(_get(Button.class, spec -> spec.withId("delete-refused-unlink-all")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("unlink-all-dialog"));
        assertThat(ConfirmDialogKt.getText(confirm))
                .contains("De 2 volgers van")
                .contains("Het gaat om: ");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(clients.getContact(a.getId()).getHead()).isNull();
        assertThat(clients.getContact(b.getId()).getHead()).isNull();
        assertThat(clients.getContact(a.getId()).getPersonal().getVoorletters())
                .as("the volger keeps its current values")
                .isEqualTo("K.");
        CardActions.action("action-delete");
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("delete-dialog")))
                .as("now it may be deleted")
                .hasSize(1);
    }

    @Test
    void supportMovesTheFollowersFromTheDeletionRefusal_R14() {
        linkedFollower("a");
        login(Role.SUPPORT);
        navigate("klanten/persoon/" + head.getId());
        CardActions.action("action-delete");

        _click(_get(Button.class, spec -> spec.withId("delete-refused-move")));

        assertThat(_find(Dialog.class, spec -> spec.withId("delete-refused"))).isEmpty();
        assertThat(_find(Dialog.class, spec -> spec.withId("choose-head-dialog")))
                .hasSize(1);
    }

    private static String refusal() {
        return _get(Paragraph.class, spec -> spec.withId("delete-refused-text")).getText();
    }

    @Test
    void choosingAContactpersoonAsHeadShowsTheAdviceAndTheKlantPersoon() {
        ContactPerson lookalike = TestData.contact(company, surname, "K.");
        lookalike.getPersonal().setGeboortedatum(LocalDate.of(1965, 3, 4));
        ContactPerson contactHead = clients.save(lookalike);
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        navigate("contactpersonen/" + contact.getId());

        CardActions.action("action-link");
        chooseHead(contactHead.getKlantnummer().toString());

        assertThat(_get(Div.class, spec -> spec.withId("link-advice"))
                        .getElement()
                        .getTextRecursively())
                .contains("bij voorkeur een klant-persoon");
        _click(_get(Button.class, spec -> spec.withId("link-advice-use")));
        _click(_get(Button.class, spec -> spec.withId("link-verder")));
        assertThat(clients.getContact(contact.getId()).getHead().getId()).isEqualTo(head.getId());
    }

    private ContactPerson linkedFollower(String name) {
        ContactPerson contact = clients.save(TestData.contact(company, name, name));
        return links.link(contact.getId(), contact.getVersion(), head.getId());
    }

    /** The id of the card section that holds the component. */
    private static String sectionOf(Component component) {
        Optional<Component> parent = component.getParent();
        while (parent.isPresent() && !parent.get().getElement().getClassList().contains("card-section")) {
            parent = parent.get().getParent();
        }
        return parent.flatMap(Component::getId).orElse("");
    }

    /** Its own klantnummer in its link dialog: it is told it cannot follow itself, not "nobody found". */
    @Test
    void searchingItsOwnKlantnummerSaysItCannotFollowItself() {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "Z."));
        navigate("contactpersonen/" + contact.getId());
        CardActions.action("action-link");

        UserInput.setValue(
                _get(TextField.class, spec -> spec.withId("head-search")), String.valueOf(contact.getKlantnummer()));

        @SuppressWarnings("unchecked")
        Grid<HeadCandidate> candidates = _get(Grid.class, spec -> spec.withId("head-candidates"));
        assertThat(GridKt._size(candidates)).isZero();
        assertThat(candidates.getEmptyStateText())
                .isEqualTo("“" + contact.getKlantnummer() + "” is deze registratie zelf: die kan zichzelf niet volgen."
                        + " Zoek het hoofd op zijn klantnummer of naam.");
    }

    private static void chooseHead(String search) {
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("head-search")), search);
        @SuppressWarnings("unchecked")
        Grid<HeadCandidate> candidates = _get(Grid.class, spec -> spec.withId("head-candidates"));
        candidates.asSingleSelect().setValue(GridKt._get(candidates, 0));
    }
}
