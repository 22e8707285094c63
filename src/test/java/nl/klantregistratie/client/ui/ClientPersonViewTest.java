package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.klantregistratie.test.CardActions.text;
import static nl.klantregistratie.test.CardActions.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.BsnRevealRow;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.shell.AccessDeniedView;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ClientPersonViewTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    HistoryService history;

    @PersistenceContext
    EntityManager entityManager;

    private ClientPerson person;

    @BeforeEach
    void createPerson() {
        login(Role.MEDEWERKER);
        ClientPerson draft = TestData.person("Vermeulen", "A.B.", null);
        draft.setBsn("111222333");
        draft.getPersonal().setWoonadres(new Address("Kerkstraat", 7, "3511 AB", "Utrecht"));
        draft.getPersonal().setPriveMobiel("0612345678");
        person = clients.save(draft);
    }

    private void open() {
        navigate("klanten/persoon/" + person.getId());
    }

    @Test
    void opensInReadModeWithNameKlantnummerAndActions() {
        open();

        assertThat(_get(H2.class, spec -> spec.withId("card-title")).getText()).isEqualTo("A.B. Vermeulen");
        assertThat(_get(Span.class, spec -> spec.withId("card-klantnummer")).getText())
                .isEqualTo(person.getKlantnummer().toString());
        assertThat(text("personal-achternaam").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save"))).isEmpty();
    }

    /**
     * A colleague's transaction holds the klant-persoon longer than the lock timeout: saving says it
     * is in use and keeps what was typed; "Opnieuw proberen" saves it once the colleague is done.
     */
    @Test
    void aSaveWhileAColleagueHoldsTheRegistrationOffersToTryAgainKeepingTheInput() throws Exception {
        open();
        CardActions.edit();
        type("personal-roepnaam", "Anna");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService colleague = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding =
                    colleague.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        entityManager.find(ClientPerson.class, person.getId(), LockModeType.PESSIMISTIC_WRITE);
                        held.countDown();
                        try {
                            release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

            CardActions.save();

            ConfirmDialog busy = _get(ConfirmDialog.class, spec -> spec.withId("busy-dialog"));
            assertThat(busy.isOpened()).isTrue();
            assertThat(text("personal-roepnaam").getValue()).isEqualTo("Anna");
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
            ConfirmDialogKt._fireConfirm(busy);
        } finally {
            release.countDown();
            colleague.shutdownNow();
        }
        assertThat(clients.getPerson(person.getId()).getPersonal().getRoepnaam())
                .isEqualTo("Anna");
    }

    @Test
    void onlySupportSeesWhoSawWhichBsn() {
        navigate("bsn-inzage");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(BsnRevealsView.class)).isEmpty();
    }

    /** Clearing a BSN is asked first and happens on save; the history shows it masked (R16). */
    @Test
    void theBsnIsClearedAfterConfirmingAndTheHistoryShowsItMasked() {
        open();
        CardActions.edit();

        _click(_get(Button.class, spec -> spec.withId("bsn-clear")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("clear-bsn-dialog")));
        CardActions.save();

        assertThat(clients.getPerson(person.getId()).hasBsn()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("bsn-masked")).getText())
                .isEqualTo("niet vastgelegd");
        assertThat(bsnChange()).isEqualTo(new HistoryEntry.FieldChange("person.bsn", "******333", "", false));
    }

    @Test
    void aChangedBsnIsInTheHistoryMaskedOnly() {
        open();
        CardActions.edit();
        type("bsn", "123456782");
        CardActions.save();

        assertThat(bsnChange()).isEqualTo(new HistoryEntry.FieldChange("person.bsn", "******333", "******782", false));
    }

    private HistoryEntry.FieldChange bsnChange() {
        login(Role.SUPPORT);
        return history.historyOf(person.getId()).getFirst().changes().stream()
                .filter(change -> change.fieldKey().equals("person.bsn"))
                .findFirst()
                .orElseThrow();
    }

    /** A likely typo in a common mail domain is offered corrected, not refused; taking it fills the field. */
    @Test
    void aMistypedMailDomainGetsADidYouMean() {
        navigate("klanten/persoon/nieuw");
        type("personal-priveEmail", "c.celik@gmial.com");
        assertThat(_get(Span.class, spec -> spec.withId("personal-priveEmail-typo"))
                        .getText())
                .isEqualTo("Bedoelde u c.celik@gmail.com? ");
        _click(_get(Button.class, spec -> spec.withId("personal-priveEmail-typo-take")));
        assertThat(text("personal-priveEmail").getValue()).isEqualTo("c.celik@gmail.com");
        assertThat(_find(Span.class, spec -> spec.withId("personal-priveEmail-typo")))
                .isEmpty();
        assertThat(text("personal-priveEmail").getMaxLength()).isEqualTo(254);
        // and the other fields stop where the entity does (@Size): nothing is refused only on save
        assertThat(text("personal-achternaam").getMaxLength()).isEqualTo(100);
        assertThat(text("personal-voorletters").getMaxLength()).isEqualTo(20);
        assertThat(text("personal-titel").getMaxLength()).isEqualTo(30);
        assertThat(text("personal-priveMobiel").getMaxLength()).isEqualTo(40);
    }

    @Test
    void createsANewKlantPersoon() {
        navigate("klanten/persoon/nieuw");
        type("personal-voorletters", "C.");
        type("personal-achternaam", "Çelik");
        type("woonadres-straat", "Lange Nieuwstraat");
        UserInput.setValue(_get(IntegerField.class, spec -> spec.withId("woonadres-huisnummer")), 21);
        type("woonadres-postcode", "3512pn");
        type("woonadres-plaats", "Utrecht");
        CardActions.save();

        ClientPersonView card = _get(ClientPersonView.class);
        assertThat(CardActions.editing()).isFalse();
        ClientPerson saved = clients.getPerson(card.registration().getId());
        assertThat(saved.getKlantnummer()).isNotNull();
        assertThat(saved.getZoeknaam()).isEqualTo("Çelik, C.");
        assertThat(saved.getPersonal().getWoonadres().getPostcode()).isEqualTo("3512 PN");
    }

    @Test
    void aHuisletterTypedInLowerCaseIsSavedAndShownInCapitals() {
        open();
        CardActions.edit();
        type("woonadres-huisletter", "b");
        CardActions.save();

        assertThat(clients.getPerson(person.getId())
                        .getPersonal()
                        .getWoonadres()
                        .getHuisletter())
                .isEqualTo("B");
        assertThat(text("woonadres-huisletter").getValue()).isEqualTo("B");
    }

    @Test
    void editAndSaveAField() {
        open();
        CardActions.edit();
        type("personal-roepnaam", "Bram");
        CardActions.save();

        assertThat(clients.getPerson(person.getId()).getPersonal().getRoepnaam())
                .isEqualTo("Bram");
        assertThat(text("personal-roepnaam").isReadOnly()).isTrue();
        assertThat(text("personal-roepnaam").getValue()).isEqualTo("Bram");
    }

    @Test
    void leavingWithTypedInputAsksFirst_stayingKeepsIt() {
        open();
        CardActions.edit();
        type("personal-roepnaam", "Bram");

        UI.getCurrent().navigate("klanten");
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("leave-dialog"));
        ConfirmDialogKt._fireConfirm(ask); // "Blijven", the default button
        assertThat(_find(ClientPersonView.class)).hasSize(1);
        assertThat(text("personal-roepnaam").getValue()).isEqualTo("Bram");

        UI.getCurrent().navigate("klanten");
        ConfirmDialogKt._fireReject(_get(ConfirmDialog.class, spec -> spec.withId("leave-dialog")));
        assertThat(_find(ClientPersonView.class)).isEmpty();
        assertThat(clients.getPerson(person.getId()).getPersonal().getRoepnaam())
                .isNull();
    }

    @Test
    void leavingWithoutTypedInputDoesNotAsk() {
        open();
        CardActions.edit();
        UI.getCurrent().navigate("klanten");
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("leave-dialog")))
                .isEmpty();
        assertThat(_find(ClientPersonView.class)).isEmpty();
    }

    @Test
    void cancelRestoresTheSavedValuesAndSavesNothing() {
        open();
        CardActions.edit();
        type("personal-roepnaam", "Bram");
        CardActions.cancel();

        assertThat(text("personal-roepnaam").getValue()).isEmpty();
        assertThat(text("personal-roepnaam").isReadOnly()).isTrue();
        assertThat(clients.getPerson(person.getId()).getPersonal().getRoepnaam())
                .isNull();
    }

    @Test
    void deleteAsksForConfirmation() {
        open();
        CardActions.action("action-delete");
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(dialog)).contains("A.B. Vermeulen").contains("definitief");

        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(_find(ClientsView.class)).hasSize(1);
        Assertions.assertThatThrownBy(() -> clients.getPerson(person.getId()))
                .isInstanceOf(RegistrationNotFoundException.class);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "bsn, 123456789, Geen geldig BSN",
        "woonadres-postcode, 1234 SS, Geen geldige Nederlandse postcode",
        "personal-priveEmail, jan@, Geen geldig e-mailadres",
        "personal-priveMobiel, 06-1234, Geen geldig telefoonnummer",
        "zakelijkEmail, jan.example.nl, Geen geldig e-mailadres",
        "personal-priveEmail, jan@example.n, Geen geldig e-mailadres: na de @ hoort een domeinnaam",
        "zakelijkEmail, jan@192.0.2.1, Geen geldig e-mailadres: na de @ hoort een domeinnaam"
    })
    void invalidInputIsShownNextToTheFieldAndNothingIsSaved(String fieldId, String value, String message) {
        open();
        CardActions.edit();
        type("personal-roepnaam", "Bram");
        type(fieldId, value);
        CardActions.save();

        TextField field = text(fieldId);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith(message);
        assertThat(field.getValue()).isEqualToIgnoringCase(value);
        assertThat(CardActions.editing()).isTrue();
        ClientPerson stored = clients.getPerson(person.getId());
        assertThat(stored.getPersonal().getRoepnaam()).isNull();
        assertThat(stored.getVersion()).isEqualTo(person.getVersion());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "personal-achternaam:Ver\u202Emeulen",
                "personal-voornamen:Anna\tBeatrix",
                "personal-roepnaam:Bram\u200B",
                "woonadres-straat:Kerk\nstraat",
                "woonadres-plaats:Utrecht\u0000",
                "zoeknaam:Vermeulen, A.B.\u2067"
            })
    void aControlOrDirectionCharacterIsShownNextToTheFieldAndNothingIsSaved(String fieldAndValue) {
        String fieldId = fieldAndValue.substring(0, fieldAndValue.indexOf(':'));
        String value = fieldAndValue.substring(fieldAndValue.indexOf(':') + 1);
        open();
        CardActions.edit();
        type("personal-roepnaam", "Bas");
        type(fieldId, value);
        CardActions.save();

        TextField field = text(fieldId);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo("Bevat een teken dat hier niet mag staan (tab, regeleinde, stuurteken of onzichtbaar"
                        + " richtingsteken). Typ de tekst opnieuw.");
        assertThat(CardActions.editing()).isTrue();
        assertThat(clients.getPerson(person.getId()).getVersion()).isEqualTo(person.getVersion());
    }

    @Test
    void aSaveAfterSomeoneElsesSaveIsRefusedWithReload() {
        open();
        CardActions.edit();
        type("personal-roepnaam", "Bram");

        ClientPerson theirs = clients.getPerson(person.getId());
        theirs.getPersonal().setRoepnaam("Bas");
        clients.save(theirs);

        CardActions.save();
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("changed-dialog"));
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Gewijzigd door een ander");
        assertThat(text("personal-roepnaam").getValue()).isEqualTo("Bram");
        assertThat(clients.getPerson(person.getId()).getPersonal().getRoepnaam())
                .isEqualTo("Bas");

        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(text("personal-roepnaam").getValue()).isEqualTo("Bas");
        assertThat(CardActions.editing()).isFalse();
    }

    @Test
    void theBsnIsMaskedAndRevealingItIsRecorded() {
        open();
        assertThat(_get(Span.class, spec -> spec.withId("bsn-masked")).getText())
                .isEqualTo("******333");
        assertThat(_find(TextField.class)).extracting(TextField::getValue).doesNotContain("111222333");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("111222333");

        _click(_get(Button.class, spec -> spec.withId("bsn-reveal")));

        assertThat(_get(Span.class, spec -> spec.withId("bsn-masked")).getText())
                .isEqualTo("111222333");
        login(Role.SUPPORT);
        navigate("bsn-inzage");
        UserInput.setValue(
                _get(TextField.class, spec -> spec.withId("bsnreveals-klantnummer")),
                person.getKlantnummer().toString());
        @SuppressWarnings("unchecked")
        Grid<BsnRevealRow> reveals = _get(Grid.class, spec -> spec.withId("bsnreveals-grid"));
        assertThat(GridKt._size(reveals)).isEqualTo(1);
        assertThat(GridKt._get(reveals, 0).username()).isEqualTo("medewerker");
    }

    @Test
    void anEmptyBsnFieldKeepsTheRecordedBsn() {
        open();
        CardActions.edit();
        assertThat(text("bsn").getValue()).isEmpty();
        type("personal-roepnaam", "Bram");
        CardActions.save();

        assertThat(clients.getPerson(person.getId()).getBsn()).isEqualTo("111222333");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMayEditAKlantPersoon(Role role) {
        login(role);
        open();
        CardActions.edit();
        type("personal-roepnaam", role.name());
        CardActions.save();

        assertThat(clients.getPerson(person.getId()).getPersonal().getRoepnaam())
                .isEqualTo(role.name());
    }

    @Test
    void anUnknownIdShowsAMessageAndTheList() {
        navigate("klanten/persoon/999999999");
        assertThat(_find(ClientsView.class)).hasSize(1);
    }
}
