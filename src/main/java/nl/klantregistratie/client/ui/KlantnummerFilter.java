package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/** A list's klantnummer filter: digits only, said next to the field, what was typed kept. */
public class KlantnummerFilter extends TextField {

    public KlantnummerFilter(String id, Runnable onChange) {
        setId(id);
        setLabel(getTranslation("klantnummer.filter"));
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setMaxLength(15);
        addValueChangeListener(e -> onChange.run());
    }

    /** The klantnummer to filter on, or null for all; marks the field invalid when it holds other than digits. */
    public @Nullable Long number() {
        String text = getValue().strip();
        boolean valid = text.isEmpty() || text.chars().allMatch(c -> c >= '0' && c <= '9');
        setInvalid(!valid);
        setErrorMessage(valid ? null : getTranslation("klantnummer.filter.invalid"));
        return valid && !text.isEmpty() ? Long.valueOf(text) : null;
    }
}
