package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ui.ChangesGrid;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.kvk.TestKvkLookup;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.KvkStub;
import nl.klantregistratie.test.PdokStub;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The klant-bedrijf form's KvK lookup (against a stub of the KvK API): "Ophalen bij KvK" shows what
 * would change before anything changes; "Overnemen" puts it in the form, which the user then saves;
 * an unknown number, the month's cap and an unreachable KvK each say so next to the KvK-nummer.
 */
class KvkTakeoverTest extends KaribuTest {

    @RegisterExtension
    static final WireMockExtension KVK = PdokStub.server();

    private static final String KORENBLOEM = "69599084";

    @Autowired
    ApplicationContext context;

    private ClientCompanyForm form;
    private ClientCompany company;

    @Test
    void thePreviewShowsWhatChangesAndOvernemenPutsItInTheForm() {
        openForm(100, false);
        stubKorenbloem();
        UserInput.setValue(field("statutaireNaam"), "Korenbloem");
        UserInput.setValue(field("kvkNummer"), KORENBLOEM);

        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));

        Grid<ChangesGrid.Change> changes = changesGrid();
        assertThat(GridKt._size(changes)).isEqualTo(5);
        assertThat(GridKt._get(changes, 0))
                .isEqualTo(new ChangesGrid.Change("Statutaire naam", "Korenbloem", "Korenbloem Bakkers B.V."));
        assertThat(GridKt._get(changes, 2))
                .isEqualTo(new ChangesGrid.Change("Rechtsvorm", "", "Besloten vennootschap (bv)"));
        assertThat(GridKt._get(changes, 3))
                .isEqualTo(new ChangesGrid.Change("Vestigingsadres", "", "Dorpsstraat 12, 1234 AB Utrecht"));
        assertThat(GridKt._get(changes, 4))
                .isEqualTo(new ChangesGrid.Change(
                        "Postadres",
                        "Postadres is hetzelfde als het vestigingsadres",
                        "Postbus 4010, 3500 AA Utrecht"));
        assertThat(field("statutaireNaam").getValue()).as("nothing changed yet").isEqualTo("Korenbloem");
        assertThat(_find(Paragraph.class, spec -> spec.withId("kvk-usage")))
                .as("only support staff see the count")
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withId("kvk-apply")));

        assertThat(field("statutaireNaam").getValue()).isEqualTo("Korenbloem Bakkers B.V.");
        assertThat(field("handelsnaam").getValue()).isEqualTo("Korenbloem Bakkers B.V.");
        assertThat(field("vestigingsadres-straat").getValue()).isEqualTo("Dorpsstraat");
        assertThat(field("postadres-straat").getValue()).isEqualTo("Postbus");
        assertThat(form.hasChanges()).isTrue();
        assertThat(form.write(company)).isTrue();
        assertThat(company.getRechtsvorm()).isEqualTo(LegalForm.BV);
        assertThat(company.getVestigingsadres().format()).isEqualTo("Dorpsstraat 12, 1234 AB Utrecht");
        assertThat(company.isPostadresZelfdeAlsVestigingsadres()).isFalse();
        assertThat(company.getPostadres().format()).isEqualTo("Postbus 4010, 3500 AA Utrecht");
        assertThat(hint()).startsWith("De gegevens van de KvK staan in het formulier.");
    }

    @Test
    void annulerenChangesNothing() {
        openForm(100, false);
        stubKorenbloem();
        UserInput.setValue(field("kvkNummer"), KORENBLOEM);

        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));
        _click(_get(Button.class, spec -> spec.withId("kvk-cancel")));

        assertThat(field("statutaireNaam").getValue()).isEmpty();
        assertThat(field("vestigingsadres-straat").getValue()).isEmpty();
    }

    @Test
    void supportStaffSeeTheMonthsQueries() {
        openForm(100, true);
        stubKorenbloem();
        UserInput.setValue(field("kvkNummer"), KORENBLOEM);

        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("kvk-usage")).getText())
                .matches("KvK-opvragingen deze maand: \\d+ van 100\\.");
    }

    @Test
    void anUnknownNumberTheCapAndAnUnreachableKvkSaySoNextToTheField() {
        openForm(1, false);
        KVK.stubFor(KvkStub.asked("87654321").willReturn(WireMock.aResponse().withStatus(404)));
        UserInput.setValue(field("kvkNummer"), "87654321");
        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));
        assertThat(hint()).isEqualTo("De KvK kent dit KvK-nummer niet. Controleer het nummer.");

        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));
        assertThat(hint()).as("the same number again: answered without a query").startsWith("De KvK kent dit");
        UserInput.setValue(field("kvkNummer"), "87654322");
        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));
        assertThat(hint()).startsWith("De maandlimiet van 1 KvK-opvragingen is bereikt.");
        KVK.verify(1, KvkStub.requestsFor("87654321"));
        KVK.verify(0, KvkStub.requestsFor("87654322"));

        openForm(100, false);
        KVK.stubFor(KvkStub.asked("11111111").willReturn(WireMock.aResponse().withStatus(503)));
        UserInput.setValue(field("kvkNummer"), "11111111");
        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));
        assertThat(hint()).startsWith("De KvK is nu niet bereikbaar.");
    }

    @Test
    void aKvkNummerWithDotsOrSpacesIsAskedAsItsEightDigits() {
        openForm(100, false);
        stubKorenbloem();
        UserInput.setValue(field("kvkNummer"), "6959 90.84");

        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));

        assertThat(_find(Grid.class, spec -> spec.withId("kvk-changes"))).hasSize(1);
    }

    @Test
    void anIncompleteKvkAddressIsNotOffered() {
        openForm(100, false);
        KVK.stubFor(KvkStub.asked("22222222")
                .willReturn(KvkStub.json(KvkStub.basisprofiel(
                        "22222222",
                        "Zonder Straat B.V.",
                        "Besloten Vennootschap",
                        KvkStub.adres("bezoekadres", "", 0, "1234AB", "Utrecht").replace("\"huisnummer\":0,", "")))));
        UserInput.setValue(field("kvkNummer"), "22222222");

        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));

        assertThat(GridKt._size(changesGrid()))
                .as("statutaire naam, handelsnaam, rechtsvorm; no address")
                .isEqualTo(3);
    }

    @Test
    void aWrongKvkNummerIsMarkedWithoutAsking() {
        openForm(100, false);
        UserInput.setValue(field("kvkNummer"), "1234");

        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));

        assertThat(field("kvkNummer").isInvalid()).isTrue();
        assertThat(field("kvkNummer").getErrorMessage()).isNotBlank();
        KVK.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));

        stubKorenbloem();
        UserInput.setValue(field("kvkNummer"), KORENBLOEM);
        _click(_get(Button.class, spec -> spec.withId("kvk-fetch")));
        assertThat(field("kvkNummer").isInvalid())
                .as("corrected, the mark goes")
                .isFalse();
    }

    @Test
    void withoutAKeyOrInReadModeThereIsNoButton() {
        login(Role.MEDEWERKER);
        ClientCompanyForm off = new ClientCompanyForm(
                context.getBean(AddressLookup.class),
                TestKvkLookup.against(KVK.baseUrl() + KvkStub.PATH, "", 100, context),
                false);
        UI.getCurrent().add(off);
        off.setReadOnly(false);
        assertThat(_find(off, Button.class, spec -> spec.withId("kvk-fetch"))).isEmpty();

        openForm(100, false);
        form.setReadOnly(true);
        assertThat(_find(form, Button.class, spec -> spec.withId("kvk-fetch"))).isEmpty();
    }

    private void openForm(int cap, boolean support) {
        login(support ? Role.SUPPORT : Role.MEDEWERKER);
        UI.getCurrent().removeAll();
        form = new ClientCompanyForm(
                context.getBean(AddressLookup.class),
                TestKvkLookup.against(KVK.baseUrl() + KvkStub.PATH, KvkStub.API_KEY, cap, context),
                support);
        UI.getCurrent().add(form);
        company = new ClientCompany();
        form.read(company);
        form.setReadOnly(false);
    }

    private static void stubKorenbloem() {
        KVK.stubFor(KvkStub.asked(KORENBLOEM)
                .willReturn(KvkStub.json(KvkStub.basisprofiel(
                        KORENBLOEM,
                        "Korenbloem Bakkers B.V.",
                        "Besloten Vennootschap",
                        KvkStub.adres("bezoekadres", "Dorpsstraat", 12, "1234AB", "Utrecht") + ","
                                + KvkStub.postbus(4010, "3500AA", "Utrecht")))));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ChangesGrid.Change> changesGrid() {
        return _get(Grid.class, spec -> spec.withId("kvk-changes"));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static String hint() {
        return _get(Span.class, spec -> spec.withId("kvk-hint")).getText();
    }
}
