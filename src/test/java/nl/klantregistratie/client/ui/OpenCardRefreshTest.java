package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.klantregistratie.test.CardActions.text;
import static nl.klantregistratie.test.CardActions.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.Threads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another user's change reaches a card that is open: in read mode it shows the new state, in edit
 * mode the fields the user did not touch follow and what they typed stays.
 */
class OpenCardRefreshTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    private ClientPerson head;
    private ContactPerson follower;

    @BeforeEach
    void linkedFollower() {
        login(Role.MEDEWERKER);
        ClientCompany company = clients.save(TestData.company("Garage Smit"));
        ClientPerson person = TestData.person("Smit", "H.", null);
        person.getPersonal().setWoonadres(new Address("Stationsweg", 4, "7311 AB", "Apeldoorn"));
        head = clients.save(person);
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        follower = links.link(contact.getId(), contact.getVersion(), head.getId());
    }

    @Test
    void aFollowerCardInEditModeTakesTheHeadsChangeAndKeepsWhatWasTyped() {
        typeFunctieWhileTheHeadChanges(
                personal -> personal.setWoonadres(new Address("Loolaan", 10, "7315 AB", "Apeldoorn")));

        awaitUi(() -> "Loolaan".equals(text("woonadres-straat").getValue()));
        assertThat(text("business-functie").getValue()).isEqualTo("Werkplaatschef");
        CardActions.save();
        ContactPerson saved = clients.getContact(follower.getId());
        assertThat(saved.getBusiness().getFunctie()).isEqualTo("Werkplaatschef");
        assertThat(saved.getPersonal().getWoonadres().getStraat()).isEqualTo("Loolaan");
    }

    @Test
    void aHeadsNewNameRenamesTheFollowerWithoutACollisionWithWhatWasTyped() {
        typeFunctieWhileTheHeadChanges(personal -> personal.setAchternaam("Smit-Jansen"));

        awaitUi(() -> "Smit-Jansen".equals(text("personal-achternaam").getValue()));
        assertThat(NotificationsKt.getNotifications())
                .noneMatch(
                        n -> n.getElement().getProperty("text").startsWith("Een collega heeft deze kaart gewijzigd"));
        assertThat(text("business-functie").getValue()).isEqualTo("Werkplaatschef");
        CardActions.save();
        ContactPerson saved = clients.getContact(follower.getId());
        assertThat(saved.getBusiness().getFunctie()).isEqualTo("Werkplaatschef");
        assertThat(saved.getZoeknaam()).isEqualTo("Smit-Jansen, H.");
        assertThat(saved.isZoeknaamHandmatig())
                .as("the zoeknaam still follows the name")
                .isFalse();
    }

    @Test
    void aContactpersoonLinkedWhileBeingEditedLocksItsPriveGegevensAndKeepsWhatWasTyped() {
        ContactPerson other = clients.save(
                TestData.contact(clients.getContact(follower.getId()).getCompany(), "Smit", "H."));
        navigate("contactpersonen/" + other.getId());
        CardActions.edit();
        type("business-functie", "Monteur");
        assertThat(text("personal-roepnaam").isReadOnly()).isFalse();

        links.link(other.getId(), other.getVersion(), head.getId()); // a colleague, meanwhile

        awaitUi(() -> text("personal-roepnaam").isReadOnly());
        assertThat(_get(Div.class, spec -> spec.withId("follower-title"))
                        .getElement()
                        .getTextRecursively())
                .contains("Gekoppeld aan hoofd");
        assertThat(text("business-functie").getValue()).isEqualTo("Monteur");
        assertThat(text("business-functie").isReadOnly()).isFalse();
        CardActions.save();
        assertThat(clients.getContact(other.getId()).getBusiness().getFunctie()).isEqualTo("Monteur");
    }

    @Test
    void aCardInReadModeShowsAnotherUsersSave() {
        navigate("klanten/persoon/" + head.getId());

        ClientPerson changed = clients.getPerson(head.getId());
        changed.getPersonal().setRoepnaam("Henk");
        clients.save(changed);

        awaitUi(() -> "Henk".equals(text("personal-roepnaam").getValue()));
    }

    @Test
    void whatWasTypedStaysAfterARefusedSave_evenWhenMoreChangesArrive() {
        navigate("klanten/persoon/" + head.getId());
        CardActions.edit();
        type("personal-roepnaam", "Bram");
        ClientPerson theirs = clients.getPerson(head.getId());
        theirs.getPersonal().setRoepnaam("Bas");
        clients.save(theirs);

        CardActions.save(); // refused: a colleague saved first
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("changed-dialog")));
        NotificationsKt.getNotifications().forEach(Notification::close);
        ClientPerson again = clients.getPerson(head.getId());
        again.setNotities("Gebeld over de aangifte");
        clients.save(again);

        awaitUi(() -> NotificationsKt.getNotifications().stream()
                .anyMatch(
                        n -> n.getElement().getProperty("text").startsWith("Een collega heeft deze kaart gewijzigd")));
        assertThat(text("personal-roepnaam").getValue()).isEqualTo("Bram");
    }

    /** The volger's card in edit mode with a functie typed, while a colleague changes the hoofd's privé gegevens. */
    private void typeFunctieWhileTheHeadChanges(Consumer<PersonalData> change) {
        navigate("contactpersonen/" + follower.getId());
        CardActions.edit();
        type("business-functie", "Werkplaatschef");
        ClientPerson changed = clients.getPerson(head.getId());
        change.accept(changed.getPersonal());
        clients.save(changed);
    }

    /** Deleting a volger oneself says it was deleted, never that "een collega" deleted it. */
    @Test
    void deletingOnesOwnCardDoesNotBlameAColleague() {
        String name = clients.getContact(follower.getId()).getDisplayName();
        navigate("contactpersonen/" + follower.getId());
        CardActions.action("action-delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-dialog")));
        // what the push of the change would deliver afterwards
        Threads.pause(Duration.ofMillis(300));
        MockVaadin.runUIQueue();

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .contains(name + " is verwijderd.")
                .noneMatch(text -> text.contains("door een collega"));
    }

    /** A colleague deletes the volger whose card is open here: the card says "een collega" deleted it. */
    @Test
    void aColleagueDeletingTheOpenCardIsSaidSo() {
        navigate("contactpersonen/" + follower.getId());
        ContactPerson theirs = clients.getContact(follower.getId());

        clients.delete(theirs.getId(), theirs.getVersion()); // the colleague, in another session

        awaitUi(() -> NotificationsKt.getNotifications().stream()
                .anyMatch(n -> n.getElement()
                        .getProperty("text")
                        .equals("Deze registratie is zojuist door een collega verwijderd.")));
    }

    /** Lets queued UI work (as push would deliver it) run until the condition holds, at most a few seconds. */
    private static void awaitUi(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("The open card did not show the change");
    }
}
