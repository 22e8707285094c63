package nl.klantregistratie.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** See {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private static final String MULTI_LINE_MESSAGE = "{validation.plaintext.multiline}";

    private boolean multiLine;
    private boolean defaultMessage;

    @Override
    public void initialize(PlainText constraint) {
        multiLine = constraint.multiLine();
        defaultMessage = PlainText.DEFAULT_MESSAGE.equals(constraint.message());
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null || PlainTexts.isPlain(value, multiLine)) {
            return true;
        }
        if (multiLine && defaultMessage) {
            // The one-line message names tabs and line breaks, which a multi-line field allows.
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(MULTI_LINE_MESSAGE).addConstraintViolation();
        }
        return false;
    }
}
