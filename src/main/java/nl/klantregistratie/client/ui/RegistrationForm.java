package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.SyncedField;
import org.jspecify.annotations.Nullable;

/**
 * The editable body of a card. Owns its binders, never calls a service: the card reads a
 * registration into it, asks it to write the user's input back, and hands it the service's
 * validation result to show next to the fields.
 */
interface RegistrationForm<T extends Registration> {

    Component component();

    void read(T registration);

    /** Writes the input into the registration; false when a field holds a value that cannot be converted. */
    boolean write(T registration);

    void setReadOnly(boolean readOnly);

    /** The fields by property path of the registration ("personal.woonadres.postcode"). */
    FieldErrors errors();

    /**
     * Makes the privé gegevens read-only whatever the mode, with a note saying why; null lets them
     * follow the mode again. A form without privé gegevens has nothing to lock.
     */
    default void lockPersonalData(@Nullable String note) {}

    /** A line under one field of the privé gegevens; a form without them ignores it. */
    default void hintPersonalField(SyncedField field, @Nullable String hint) {}

    /** Whether the user changed any field since the last {@link #read}. */
    boolean hasChanges();

    /**
     * Someone else saved the registration while it is being edited here: shows their values in the
     * fields this user did not change. Returns false when both changed the same part; the user's
     * input then stays and saving it will be refused as a concurrent change.
     */
    default boolean refresh(T shown, T fresh) {
        if (hasChanges()) {
            return false;
        }
        read(fresh);
        return true;
    }
}
