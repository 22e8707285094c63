package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import nl.klantregistratie.base.validation.MailTypos;

/**
 * Under an e-mail field: "Bedoelde u jan@gmail.com? [Overnemen]" when the typed domain is a likely
 * typo of a common one ({@link MailTypos}); the address itself is left as typed until the user takes
 * the suggestion.
 */
public final class MailTypoHint {

    private MailTypoHint() {}

    /** Offers the suggestion whenever the field's value changes; removes it when it no longer applies. */
    public static void attach(TextField field) {
        String id = field.getId().orElse("email");
        field.addValueChangeListener(e -> {
            Optional<String> suggestion = e.getValue() == null ? Optional.empty() : MailTypos.suggest(e.getValue());
            if (suggestion.isEmpty()) {
                field.setHelperComponent(null);
                return;
            }
            Span text = new Span(field.getTranslation("email.typo", suggestion.get()) + " ");
            text.setId(id + "-typo");
            Button take = new Button(field.getTranslation("email.typo.take"), click -> {
                field.setValue(suggestion.get());
                field.setHelperComponent(null);
            });
            take.setId(id + "-typo-take");
            take.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            field.setHelperComponent(new Span(text, take));
        });
    }
}
