package nl.klantregistratie.merge.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.merge.MergeProposal;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acties → Samenvoegen on a card (docs/domain.md M2–M7): choosing the duplicates, the side-by-side
 * choice per field, the preview of what moves, the survivor, a refusal shown in the dialog, and the
 * merged record's card with its undo for support.
 */
class MergeDialogTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    private ClientPerson first;
    private ClientPerson second;

    @BeforeEach
    void twoRegistrationsOfOnePerson() {
        login(Role.MANAGER);
        String surname = "Dubbel" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientPerson one = TestData.person(surname, "D.", null);
        one.getPersonal().setWoonadres(new Address("Dorpsstraat", 1, "1234 AB", "Utrecht"));
        first = clients.save(one);
        ClientPerson two = TestData.person(surname, "D.", null);
        two.getPersonal().setWoonadres(new Address("Kerkstraat", 7, "3511 AB", "Utrecht"));
        two.getPersonal().setPriveEmail("dubbel@thuis.nl");
        second = clients.save(two);
    }

    @Test
    void aManagerChoosesPerFieldSeesWhatMovesAndMerges_M3() {
        ClientCompany company =
                clients.save(TestData.company("Bakkerij " + second.getPersonal().getAchternaam()));
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        links.link(contact.getId(), contact.getVersion(), second.getId());
        openMergeWith(second);

        @SuppressWarnings("unchecked")
        Grid<MergeProposal.Row> fields = _get(Grid.class, spec -> spec.withId("merge-fields"));
        assertThat(fields.getColumns()).hasSize(3); // the field, then each registration
        assertThat(fields.getListDataView().getItems().map(MergeProposal.Row::key))
                .as("only what differs needs a choice")
                .containsExactly("person.woonadres", "person.priveEmail");
        UserInput.setValue(_get(Checkbox.class, spec -> spec.withId("merge-show-equal")), true);
        assertThat(fields.getListDataView().getItems().map(MergeProposal.Row::key))
                .contains("registration.zoeknaam", "person.achternaam", "person.woonadres");
        Button theirs = choice("person.woonadres", second);
        Button ours = choice("person.woonadres", first);
        assertThat(ours.getElement().getAttribute("aria-pressed"))
                .as("the survivor's by default")
                .isEqualTo("true");
        assertThat(choice("person.priveEmail", second).getElement().getAttribute("aria-pressed"))
                .as("an empty field is filled from the other")
                .isEqualTo("true");
        _click(theirs);
        assertThat(choice("person.woonadres", second).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(choice("person.woonadres", first).getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(_get(Div.class, spec -> spec.withId("merge-moves"))
                        .getElement()
                        .getTextRecursively())
                .contains("1 volger volgt voortaan " + first.getLabel())
                .contains("als alleen-lezen record bewaard; het oude klantnummer vindt " + first.getLabel());
        assertThat(_get(Paragraph.class, spec -> spec.withId("merge-undo-note")).getText())
                .startsWith("Applicatiebeheer kan het samenvoegen tot ");

        _click(_get(Button.class, spec -> spec.withId("merge-confirm")));

        ClientPerson merged = clients.getPerson(first.getId());
        assertThat(merged.getPersonal().getWoonadres().getStraat()).isEqualTo("Kerkstraat");
        assertThat(merged.getPersonal().getPriveEmail()).isEqualTo("dubbel@thuis.nl");
        assertThat(clients.get(second.getId()).isMerged()).isTrue();
        assertThat(notifications()).contains("Samengevoegd in " + merged.getLabel() + ".");
        assertThat(_find(Div.class, spec -> spec.withId("merged-from"))).hasSize(1);
        assertThat(_get(Div.class, spec -> spec.withId("merged-from"))
                        .getElement()
                        .getTextRecursively())
                .contains(String.valueOf(second.getKlantnummer()));
    }

    @Test
    void anotherSurvivorCanBeChosenAndTheCardOfThatOneOpens_M3() {
        openMergeWith(second);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MergeProposal.Candidate> survivor =
                _get(RadioButtonGroup.class, spec -> spec.withId("merge-survivor"));
        UserInput.setValue(
                survivor,
                survivor.getListDataView()
                        .getItems()
                        .filter(candidate -> candidate.id() == second.getId())
                        .findFirst()
                        .orElseThrow());
        assertThat(choice("person.woonadres", second).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        _click(_get(Button.class, spec -> spec.withId("merge-confirm")));

        assertThat(clients.get(first.getId()).getMergedIntoId()).isEqualTo(second.getId());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("klanten/persoon/" + second.getId());
    }

    @Test
    void aRefusalIsShownInTheDialogWithTheReason_M5() {
        ClientPerson one = clients.getPerson(first.getId());
        one.setBsn("123456782");
        clients.save(one);
        ClientPerson two = clients.getPerson(second.getId());
        two.setBsn("111222333");
        clients.save(two);

        openMergeWith(second);

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("merge-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("elk een ander BSN: dat zijn verschillende personen");
        assertThat(_find(Grid.class, spec -> spec.withId("merge-fields"))).isEmpty();
        assertThat(clients.get(second.getId()).isMerged()).isFalse();
    }

    @Test
    void medewerkersSeeNoSamenvoegen_M2() {
        login(Role.MEDEWERKER);
        navigate("klanten/persoon/" + first.getId());

        assertThat(menuItems()).contains("action-edit").doesNotContain("action-merge");
    }

    @Test
    void theMergedRecordPointsToTheSurvivorAndSupportUndoesTheMerge_M6_M7() {
        openMergeWith(second);
        _click(_get(Button.class, spec -> spec.withId("merge-confirm")));
        login(Role.SUPPORT);

        navigate("klanten/persoon/" + second.getId());
        assertThat(_get(Div.class, spec -> spec.withId("merged-title"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Samengevoegd met " + first.getLabel() + " op ")
                .endsWith(" door manager.");
        assertThat(_get(Anchor.class, spec -> spec.withId("merged-survivor-link"))
                        .getHref())
                .isEqualTo("klanten/persoon/" + first.getId());
        assertThat(menuItems()).doesNotContain("action-edit", "action-delete", "action-merge", "action-new-mail");

        navigate("klanten/persoon/" + first.getId());
        menu("action-merge-undo");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("merge-undo-dialog")));

        assertThat(clients.get(second.getId()).isMerged()).isFalse();
        assertThat(clients.getPerson(first.getId()).getPersonal().getWoonadres().getStraat())
                .isEqualTo("Dorpsstraat");
        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Samenvoegen ongedaan gemaakt"));
        assertThat(menuItems()).doesNotContain("action-merge-undo");
    }

    private void openMergeWith(ClientPerson duplicate) {
        navigate("klanten/persoon/" + first.getId());
        menu("action-merge");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<MergeDialog.Choice> duplicates =
                _get(MultiSelectComboBox.class, spec -> spec.withId("merge-duplicates"));
        UserInput.setValue(
                duplicates,
                Set.of(new MergeDialog.Choice(
                        duplicate.getId(),
                        duplicate.getDisplayName() + " (" + duplicate.getKlantnummer() + "), Utrecht")));
        _click(_get(Button.class, spec -> spec.withId("merge-next")));
    }

    /** The button in the side-by-side grid that takes this field's value from that registration. */
    private static Button choice(String field, ClientPerson of) {
        @SuppressWarnings("unchecked")
        Grid<MergeProposal.Row> fields = _get(Grid.class, spec -> spec.withId("merge-fields"));
        List<MergeProposal.Row> rows = fields.getListDataView().getItems().toList();
        int index = rows.indexOf(
                rows.stream().filter(row -> row.key().equals(field)).findFirst().orElseThrow());
        return (Button) GridKt._getCellComponent(fields, index, MergeDialog.columnKey(of.getId()));
    }

    private static void menu(String id) {
        CardActions.action(id);
    }

    private static List<String> menuItems() {
        MenuBar actions = _get(MenuBar.class, spec -> spec.withId("card-actions"));
        return actions.getItems().getFirst().getSubMenu().getItems().stream()
                .map(item -> item.getId().orElse(""))
                .toList();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text"))
                .toList();
    }
}
