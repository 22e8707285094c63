package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.OptionalInt;

/**
 * A text field stops at the length its property allows ({@code @Size(max)} on the entity, read from
 * Bean Validation's metadata, so form and entity never disagree), and says so as the user reaches it,
 * in the browser while typing, not only when saving.
 */
public final class MaxLengths {

    private static final Validator METADATA;

    static {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            METADATA = factory.getValidator();
        }
    }

    private MaxLengths() {}

    /** The largest length {@code @Size} allows for the property, if it has one. */
    public static OptionalInt of(Class<?> type, String property) {
        PropertyDescriptor descriptor = METADATA.getConstraintsForClass(type).getConstraintsForProperty(property);
        if (descriptor == null) {
            return OptionalInt.empty();
        }
        return descriptor.getConstraintDescriptors().stream()
                .filter(constraint -> constraint.getAnnotation() instanceof Size)
                .mapToInt(constraint -> ((Size) constraint.getAnnotation()).max())
                .min();
    }

    /** Sets the field's maximum from the property; at the maximum the field says so under itself. */
    public static TextField apply(TextField field, Class<?> type, String property) {
        of(type, property).ifPresent(max -> limit(field, max));
        return field;
    }

    /** The same for a text area (notities, a mail's body). */
    public static TextArea apply(TextArea area, Class<?> type, String property) {
        of(type, property).ifPresent(max -> limit(area, max));
        return area;
    }

    /** A field that stops at {@code max} characters and says so under itself when it gets there. */
    public static TextField limit(TextField field, int max) {
        field.setMaxLength(max);
        sayWhenFull(field, max);
        return field;
    }

    public static TextArea limit(TextArea area, int max) {
        area.setMaxLength(max);
        sayWhenFull(area, max);
        return area;
    }

    /** In the browser, while typing: the message replaces the field's own help text until it is no longer full. */
    private static void sayWhenFull(Component field, int max) {
        field.getElement().executeJs("""
                const message = $0;
                this.addEventListener('input', () => {
                  const full = this.value.length >= this.maxlength;
                  if (full && !this.dataset.maxShown) {
                    this.dataset.help = this.helperText || '';
                    this.helperText = message;
                    this.dataset.maxShown = 'true';
                  } else if (!full && this.dataset.maxShown) {
                    this.helperText = this.dataset.help;
                    delete this.dataset.maxShown;
                    delete this.dataset.help;
                  }
                });""", field.getTranslation("validation.maxlength.reached", max));
    }
}
