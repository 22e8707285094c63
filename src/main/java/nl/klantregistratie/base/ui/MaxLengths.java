package nl.klantregistratie.base.ui;

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
        of(type, property).ifPresent(max -> {
            field.setMaxLength(max);
            field.getElement().executeJs("""
                    const message = $0;
                    this.addEventListener('input', () => {
                      const full = this.value.length >= this.maxlength;
                      if (full) { this.helperText = message; this.dataset.maxShown = 'true'; }
                      else if (this.dataset.maxShown) { this.helperText = ''; delete this.dataset.maxShown; }
                    });""", field.getTranslation("validation.maxlength.reached", max));
        });
        return field;
    }
}
