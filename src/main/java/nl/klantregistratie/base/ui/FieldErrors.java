package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.base.i18n.ViolationMessages;

/**
 * Shows the service's validation result next to the fields: each violation goes to the field bound
 * to its property path ("personal.woonadres.postcode"), in the user's language. Messages come from
 * the translation bundles: the violation's message template ("{validation.bsn}") is the key, and
 * "{max}"-style placeholders take the constraint's attributes.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers the field that shows the errors of a property path. */
    public FieldErrors add(String path, HasValidation field) {
        fields.put(path, field);
        return this;
    }

    /** Registers every field of another form under a path prefix ("personal", "personal.woonadres"). */
    public FieldErrors addAll(String prefix, FieldErrors other) {
        other.fields.forEach((path, field) -> fields.put(prefix.isEmpty() ? path : prefix + "." + path, field));
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Marks the fields of the violations; returns the messages of violations that have no field here
     * (the caller shows them elsewhere, so nothing is silently lost).
     */
    public List<String> show(Iterable<? extends ConstraintViolation<?>> violations, Component context) {
        clear();
        List<String> unplaced = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            String message = translate(violation, context);
            HasValidation field = fields.get(violation.getPropertyPath().toString());
            if (field == null) {
                unplaced.add(message);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    /** The violation's message in the component's language. */
    public static String translate(ConstraintViolation<?> violation, Component context) {
        return ViolationMessages.translate(violation, key -> context.getTranslation(key));
    }
}
