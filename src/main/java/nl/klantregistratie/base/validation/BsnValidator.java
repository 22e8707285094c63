package nl.klantregistratie.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

public class BsnValidator implements ConstraintValidator<Bsn, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || DutchNumbers.isValidBsn(value);
    }
}
