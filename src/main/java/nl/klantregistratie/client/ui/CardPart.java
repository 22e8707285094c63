package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.client.Registration;

/**
 * One feature's part of one card, made by its {@link CardExtension} when the card is built. It keeps
 * its own components (a section, a dialog's state) and is asked at the moments below; each method
 * may do nothing.
 */
public interface CardPart {

    /**
     * A new registration is being made from the card's address ({@code …/nieuw?…}); the part may
     * prepare it from its own parameters. A {@link nl.klantregistratie.base.DomainException}
     * refuses the address: the user is told why and sent back to the list.
     */
    default void prepareNew(Registration draft, QueryParameters parameters) {}

    /**
     * The card shows a registration (on opening, after saving or cancelling, and when a colleague's
     * change reaches it): add subtitle lines, lock fields.
     */
    default void decorate(Registration shown) {}

    /** Adds this feature's items to the "Acties" menu (read mode). */
    default void addActions(Registration shown, SubMenu menu) {}

    /** Fills this feature's sections for a saved registration in read mode. */
    default void showDetails(Registration shown) {}

    /**
     * Deleting the shown registration was refused (said before anyone confirms anything): what this
     * feature offers to solve it right there, as buttons or notes for the refusal's dialog; {@code
     * close} closes that dialog. Empty when the refusal is not this feature's.
     */
    default List<Component> solveDeletionRefusal(Registration shown, DomainException refusal, Runnable close) {
        return List.of();
    }
}
