package nl.klantregistratie.test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationKind;
import org.springframework.data.domain.PageRequest;

/** What a user does on a card, in Karibu terms. */
public final class CardActions {

    private CardActions() {}

    public static void action(String itemId) {
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("card-actions")), itemId);
    }

    /** Whether the card is in edit mode ("Opslaan" shows). */
    public static boolean editing() {
        return !_find(Button.class, spec -> spec.withId("save")).isEmpty();
    }

    public static void edit() {
        action("action-edit");
    }

    public static void save() {
        _click(_get(Button.class, spec -> spec.withId("save")));
    }

    public static void cancel() {
        _click(_get(Button.class, spec -> spec.withId("cancel")));
    }

    public static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    public static void type(String id, String value) {
        UserInput.setValue(text(id), value);
    }

    @SuppressWarnings("unchecked")
    public static <V> void set(HasValue<?, V> field, V value) {
        UserInput.setValue(field, value);
    }

    /** The id of the registration whose card is open, found by the klantnummer the card shows. */
    public static long shownId(ClientService clients) {
        String klantnummer =
                _get(Span.class, spec -> spec.withId("card-klantnummer")).getText();
        return clients.search(
                        new ClientSearch(klantnummer, EnumSet.allOf(RegistrationKind.class)), PageRequest.of(0, 1))
                .getFirst()
                .id();
    }
}
