package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.klantregistratie.test.CardActions.text;
import static nl.klantregistratie.test.CardActions.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientCompanyViewTest extends KaribuTest {

    @Autowired
    ClientService clients;

    private ClientCompany company;

    @BeforeEach
    void createCompany() {
        login(Role.MEDEWERKER);
        company = clients.save(TestData.company("Houthandel Van Dijk B.V."));
    }

    /** Each address block says which address it is; the postadres with its heading only when it differs. */
    @Test
    void theAddressBlocksHaveHeadings() {
        navigate("klanten/bedrijf/nieuw");
        assertThat(_get(H4.class, spec -> spec.withId("vestigingsadres-heading"))
                        .getText())
                .isEqualTo("Vestigingsadres");
        assertThat(_find(H4.class, spec -> spec.withId("postadres-heading"))).isEmpty(); // hidden: the same address
        UserInput.setValue(_get(Checkbox.class, spec -> spec.withId("postadresZelfde")), false);
        assertThat(_get(H4.class, spec -> spec.withId("postadres-heading")).getText())
                .isEqualTo("Postadres");
    }

    /** Every text field stops at the length its entity allows, so nothing typed is refused only on save. */
    @Test
    void textFieldsStopAtTheirMaximumLength() {
        navigate("klanten/bedrijf/nieuw");
        assertThat(text("statutaireNaam").getMaxLength()).isEqualTo(200);
        assertThat(text("website").getMaxLength()).isEqualTo(200);
        assertThat(text("telefoon").getMaxLength()).isEqualTo(40);
        assertThat(text("vestigingsadres-straat").getMaxLength()).isEqualTo(100);
        assertThat(text("vestigingsadres-plaats").getMaxLength()).isEqualTo(80);
    }

    @Test
    void aPersonsAddressBlocksHaveHeadings() {
        navigate("klanten/persoon/nieuw");
        assertThat(_get(H4.class, spec -> spec.withId("woonadres-heading")).getText())
                .isEqualTo("Woonadres");
        UserInput.setValue(_get(Checkbox.class, spec -> spec.withId("personal-correspondentieZelfde")), false);
        assertThat(_get(H4.class, spec -> spec.withId("correspondentieadres-heading"))
                        .getText())
                .isEqualTo("Correspondentieadres");
    }

    @Test
    void createsAKlantBedrijf() {
        navigate("klanten/bedrijf/nieuw");
        type("statutaireNaam", "Administratiekantoor De Linde V.O.F.");
        @SuppressWarnings("unchecked")
        ComboBox<LegalForm> rechtsvorm = _get(ComboBox.class, spec -> spec.withId("rechtsvorm"));
        UserInput.setValue(rechtsvorm, LegalForm.VOF);
        type("kvkNummer", "1234 5678");
        type("telefoon", "030 123 4567");
        CardActions.save();

        ClientCompany saved =
                clients.getCompany(_get(ClientCompanyView.class).registration().getId());
        assertThat(saved.getKvkNummer()).isEqualTo("12345678");
        assertThat(saved.getTelefoon()).isEqualTo("+31 30 123 4567");
        assertThat(saved.getZoeknaam()).isEqualTo("Administratiekantoor De Linde V.O.F.");
    }

    @Test
    void anInvalidKvkNummerIsShownNextToTheFieldAndNothingIsSaved() {
        navigate("klanten/bedrijf/" + company.getId());
        CardActions.edit();
        type("kvkNummer", "1234567");
        CardActions.save();

        assertThat(text("kvkNummer").isInvalid()).isTrue();
        assertThat(text("kvkNummer").getErrorMessage()).isEqualTo("Een KvK-nummer heeft 8 cijfers");
        assertThat(clients.getCompany(company.getId()).getKvkNummer()).isNull();
    }

    @Test
    void aLineBreakInTheNameIsShownNextToTheFieldAndNothingIsSaved() {
        navigate("klanten/bedrijf/" + company.getId());
        CardActions.edit();
        type("statutaireNaam", "Houthandel\nVan Dijk B.V.");
        CardActions.save();

        assertThat(text("statutaireNaam").isInvalid()).isTrue();
        assertThat(text("statutaireNaam").getErrorMessage()).startsWith("Bevat een teken dat hier niet mag staan");
        assertThat(clients.getCompany(company.getId()).getStatutaireNaam()).isEqualTo("Houthandel Van Dijk B.V.");
    }

    @Test
    void aMissingRequiredFieldIsShownNextToIt() {
        navigate("klanten/bedrijf/" + company.getId());
        CardActions.edit();
        type("statutaireNaam", "");
        CardActions.save();

        assertThat(text("statutaireNaam").getErrorMessage()).isEqualTo("Verplicht veld");
        assertThat(clients.getCompany(company.getId()).getStatutaireNaam()).isEqualTo("Houthandel Van Dijk B.V.");
    }

    @Test
    void listsItsContactpersonenAndCreatesANewOne() {
        clients.save(TestData.contact(company, "Dijk", "H. van"));
        navigate("klanten/bedrijf/" + company.getId());
        @SuppressWarnings("unchecked")
        Grid<ContactPerson> contacts = _get(Grid.class, spec -> spec.withId("company-contacts"));
        assertThat(GridKt._size(contacts)).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("new-contact")));
        ContactPersonView card = _get(ContactPersonView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("contact-company-link"))
                        .getText())
                .isEqualTo("Houthandel Van Dijk B.V.");
        type("personal-achternaam", "Dijk");
        type("personal-voorletters", "M.");
        type("business-functie", "Directeur");
        CardActions.save();

        assertThat(clients.contactsOf(company.getId()))
                .hasSize(2)
                .anySatisfy(contact ->
                        assertThat(contact.getBusiness().getFunctie()).isEqualTo("Directeur"));
        assertThat(CardActions.editing()).isFalse();
    }

    @Test
    void aCompanyWithContactpersonenIsNotDeleted() {
        clients.save(TestData.contact(company, "Dijk", "H. van"));
        navigate("klanten/bedrijf/" + company.getId());
        CardActions.action("action-delete");

        // said at once, before anyone is asked to confirm a deletion that cannot be
        assertThat(_find(ConfirmDialog.class)).as("no confirmation asked").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("delete-refused-text"))
                        .getText())
                .contains("nog 1 contactpersoon. Verwijder");
        _click(_get(Button.class, spec -> spec.withId("delete-refused-ok")));
        assertThat(_find(Dialog.class, spec -> spec.withId("delete-refused"))).isEmpty();
        assertThat(clients.getCompany(company.getId())).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("klanten/bedrijf/" + company.getId());
    }
}
