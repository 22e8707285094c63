package nl.klantregistratie.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.portal.ApiCall;
import nl.klantregistratie.portal.ApiKey;
import nl.klantregistratie.portal.PortalAccess;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.portal.RefusedCallCounts;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.shell.AccessDeniedView;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.SignedIn;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The Portaaltoegang section on a hoofd's card (R15) and the API-key page of applicatiebeheer. */
class PortalUiTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    PortalService portal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext web;

    @Test
    void theHeadsCardListsTheKlantenThePersonCanReachAndWhy() {
        login(Role.MEDEWERKER);
        String surname = "Kok" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientPerson head = clients.save(TestData.person(surname, "L.", null));
        ClientCompany company = clients.save(TestData.company("Kapsalon " + surname));
        ContactPerson contact = TestData.contact(company, "x", "x");
        contact.getBusiness().setToegangClientOnline(true);
        contact = clients.save(contact);
        ContactPerson follower = links.link(contact.getId(), contact.getVersion(), head.getId());

        navigate("klanten/persoon/" + head.getId());

        PortalAccessSection section = _get(PortalAccessSection.class);
        assertThat(section.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<PortalAccess> grid = _get(Grid.class, spec -> spec.withId("portal-access-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .as("the klant and the registration that grants access link to their cards")
                .containsExactly(
                        link(
                                head.getDisplayName() + " (" + head.getKlantnummer() + ")",
                                "klanten/persoon/" + head.getId()),
                        "Klant-persoon",
                        link("zelf klant-persoon (" + head.getKlantnummer() + ")", "klanten/persoon/" + head.getId()));
        assertThat(GridKt._getFormattedRow(grid, 1))
                .containsExactly(
                        link(
                                company.getDisplayName() + " (" + company.getKlantnummer() + ")",
                                "klanten/bedrijf/" + company.getId()),
                        "Klant-bedrijf",
                        link(
                                "contactpersoon " + follower.getKlantnummer() + " met toegang Client-Online",
                                "contactpersonen/" + follower.getId()));

        navigate("contactpersonen/" + follower.getId());
        assertThat(_find(PortalAccessSection.class))
                .as("a volger's card leaves it to its hoofd")
                .isEmpty();
    }

    @Test
    void supportMakesAKeyThatIsShownOnceAndRevokesIt() {
        login(Role.SUPPORT);
        navigate("portaal-api");
        assertThat(_get(Grid.class, spec -> spec.withId("apikeys-grid")).getEmptyStateText())
                .as("what an empty list says")
                .startsWith("Nog geen sleutels.");
        assertThat(_get(Grid.class, spec -> spec.withId("apikey-calls")).getEmptyStateText())
                .isEqualTo("Nog geen aanroepen van de portaal-API.");
        _click(_get(Button.class, spec -> spec.withId("apikey-new")));
        _click(_get(Button.class, spec -> spec.withId("apikey-create")));
        TextField name = _get(TextField.class, spec -> spec.withId("apikey-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Verplicht veld");

        String label = "Client-Online " + TestData.uniqueSuffix(RUN.incrementAndGet());
        UserInput.setValue(name, label);
        _click(_get(Button.class, spec -> spec.withId("apikey-create")));

        String key = _get(TextField.class, spec -> spec.withId("apikey-value")).getValue();
        // the key has a copy button next to it, which says it copied
        Button copy = _get(Button.class, spec -> spec.withId("apikey-copy"));
        assertThat(copy.getText()).isEqualTo("Kopiëren");
        _click(copy);
        assertThat(copy.getText()).isEqualTo("Gekopieerd");
        assertThat(key).startsWith("kr_").hasSizeGreaterThan(40);
        assertThat(_get(NewApiKeyDialog.class).isCloseOnEsc())
                .as("shown once: closed only by its button")
                .isFalse();
        assertThat(_get(NewApiKeyDialog.class).isCloseOnOutsideClick()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("apikey-close")));
        assertThat(_find(TextField.class, spec -> spec.withId("apikey-value"))).isEmpty();
        ApiKey created = portal.apiKeys().stream()
                .filter(k -> k.getName().equals(label))
                .findFirst()
                .orElseThrow();
        assertThat(key).startsWith(created.getKeyPrefix());
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("apikeys-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains(label, created.getKeyPrefix() + "…", "Actief")
                .doesNotContain(key);

        Button revoke = (Button) GridKt._getCellComponent(grid, 0, "revoke");
        assertThat(revoke.getId()).hasValue("apikey-revoke-" + created.getId());
        _click(revoke);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("apikey-revoke-dialog")));

        assertThat(portal.apiKeys().stream()
                        .filter(k -> k.getId().equals(created.getId()))
                        .findFirst()
                        .orElseThrow()
                        .isRevoked())
                .isTrue();
        assertThat(GridKt._getFormattedRow(grid, 0).get(6))
                .startsWith("Ingetrokken op")
                .contains("support");
    }

    @Test
    void aKeyMayGetAnExpiryDateNotInThePastAndTheGridShowsItAndWhenItHasExpired() {
        login(Role.SUPPORT);
        navigate("portaal-api");
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        _click(_get(Button.class, spec -> spec.withId("apikey-new")));
        String label = "Tijdelijk " + TestData.uniqueSuffix(RUN.incrementAndGet());
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("apikey-name")), label);
        DatePicker expiry = _get(DatePicker.class, spec -> spec.withId("apikey-expiry"));
        assertThat(expiry.getLabel()).isEqualTo("Verloopt op");

        UserInput.setValue(expiry, today.minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("apikey-create")));

        assertThat(expiry.isInvalid()).isTrue();
        assertThat(expiry.getErrorMessage())
                .isEqualTo("De vervaldatum ligt in het verleden: kies vandaag of een latere dag.");
        assertThat(_get(TextField.class, spec -> spec.withId("apikey-name")).getValue())
                .as("what was typed stays")
                .isEqualTo(label);
        assertThat(portal.apiKeys()).extracting(ApiKey::getName).doesNotContain(label);

        LocalDate lastDay = today.plusDays(10);
        UserInput.setValue(expiry, lastDay);
        _click(_get(Button.class, spec -> spec.withId("apikey-create")));
        _click(_get(Button.class, spec -> spec.withId("apikey-close")));

        ApiKey created = portal.apiKeys().stream()
                .filter(k -> k.getName().equals(label))
                .findFirst()
                .orElseThrow();
        assertThat(created.getExpiryDate()).isEqualTo(lastDay);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("apikeys-grid"));
        String shown = DateTimeFormatter.ofPattern("dd-MM-yyyy").format(lastDay);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(label, shown, "Actief");

        jdbc.update(
                "update portal_api_key set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                created.getId());
        navigate("portaal-api");

        Grid<?> reloaded = _get(Grid.class, spec -> spec.withId("apikeys-grid"));
        assertThat(GridKt._getFormattedRow(reloaded, 0))
                .contains(label, "Verlopen")
                .doesNotContain("Actief");
    }

    @Test
    void thePageListsTheCallsWithAKeyAndCountsThoseWithout() throws Exception {
        MockMvc api =
                MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        RefusedCallCounts before = SignedIn.as(Role.SUPPORT, () -> portal.unauthorizedCalls());
        String key = SignedIn.as(
                        Role.SUPPORT,
                        () -> portal.createApiKey("Teller " + TestData.uniqueSuffix(RUN.incrementAndGet()), null))
                .key();
        api.perform(get("/api/portal/personen/999999991").header("X-API-Key", key))
                .andExpect(status().isNotFound());
        api.perform(get("/api/portal/personen/999999992")).andExpect(status().isUnauthorized());
        api.perform(get("/api/portal/personen/999999993").header("X-API-Key", "kr_geraden"))
                .andExpect(status().isUnauthorized());

        login(Role.SUPPORT); // after the calls: the portal chain leaves no one signed in on this thread
        navigate("portaal-api");

        RefusedCallCounts after = portal.unauthorizedCalls();
        assertThat(after.today()).isEqualTo(before.today() + 2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("apikey-unauthorized"))
                        .getText())
                .isEqualTo("Geweigerd zonder geldige sleutel (alleen geteld, niet in de lijst): vandaag "
                        + after.today() + ", de afgelopen 7 dagen " + after.lastSevenDays() + ".");
        RefusedCallCounts limited = portal.rateLimitedCalls();
        assertThat(_get(Paragraph.class, spec -> spec.withId("apikey-ratelimited"))
                        .getText())
                .isEqualTo("Geweigerd boven de limiet van een sleutel (alleen geteld, niet in de lijst): vandaag "
                        + limited.today() + ", de afgelopen 7 dagen " + limited.lastSevenDays() + ".");
        Grid<?> calls = _get(Grid.class, spec -> spec.withId("apikey-calls"));
        assertThat(GridKt._getFormattedRow(calls, 0)).contains("/api/portal/personen/999999991", "404");
        assertThat(GridKt._findAll(calls))
                .as("calls without a valid key are not listed")
                .extracting(call -> ((ApiCall) call).getPath())
                .doesNotContain("/api/portal/personen/999999992", "/api/portal/personen/999999993");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void theKeyPageIsForSupportOnly(Role role) {
        login(role);
        navigate("portaal-api");

        assertThat(_find(ApiKeysView.class)).isEmpty();
        assertThat(BasicUtilsKt.get_textRecursively(_get(AccessDeniedView.class)))
                .contains("Geen toegang");
    }

    /** A link as the grid row shows it. */
    private static String link(String text, String href) {
        return "Anchor[text='" + text + "', href='" + href + "']";
    }
}
