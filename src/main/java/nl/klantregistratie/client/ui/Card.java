package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.SyncedField;
import org.jspecify.annotations.Nullable;

/**
 * A registration's card as the features that extend it see it ({@link CardExtension}): what it
 * shows, and the few things a feature may ask of it. Header, read and edit mode, saving and leaving
 * without saving stay the card's own.
 */
public interface Card {

    /** The kind of registration this card shows. */
    RegistrationKind kind();

    /** The registration shown: the saved state in read mode, a new one before its first save. */
    Registration registration();

    /** The card itself: for translations, the UI, and opening dialogs from it. */
    Component component();

    /** Adds a line below the title. The lines are made anew on every {@link CardPart#decorate}. */
    void addSubtitle(Component line);

    /**
     * Adds a section below the form, after the card's own and those of the features before this
     * one. Sections show for a saved registration; {@link CardPart#showDetails} fills them.
     */
    void addSection(Component section);

    /**
     * Makes the privé gegevens read-only whatever the mode, with a note saying why; null makes them
     * follow the mode again. A card without privé gegevens ignores it.
     */
    void lockPersonalData(@Nullable String note);

    /** A line under one field of the privé gegevens (why it is empty, say); null takes it away. */
    void hintPersonalField(SyncedField field, @Nullable String hint);

    /**
     * Changes the registration being created, keeping what the user typed: the form's input is
     * written into it first, then the change applies, and the card shows the result, still in edit
     * mode. A {@link nl.klantregistratie.base.DomainException} from the change is shown and nothing
     * changes.
     */
    void changeDraft(Consumer<Registration> change);

    /** Shows the saved state again, in read mode (after a feature changed the registration). */
    void reload();

    /**
     * A dialog opened from "Acties": when it closes, however (a button, Escape), the keyboard focus
     * goes back to Acties, where the user was. Returns the dialog, to open it.
     */
    <D extends Component> D fromActions(D dialog);
}
