package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import nl.klantregistratie.test.UserInput;

/** What a user does on a card, in Karibu terms. */
final class CardActions {

    private CardActions() {}

    static void action(String itemId) {
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("card-actions")), itemId);
    }

    static void edit() {
        action("action-edit");
    }

    static void save() {
        _click(_get(Button.class, spec -> spec.withId("save")));
    }

    static void cancel() {
        _click(_get(Button.class, spec -> spec.withId("cancel")));
    }

    static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    static void type(String id, String value) {
        UserInput.setValue(text(id), value);
    }

    @SuppressWarnings("unchecked")
    static <V> void set(HasValue<?, V> field, V value) {
        UserInput.setValue(field, value);
    }
}
