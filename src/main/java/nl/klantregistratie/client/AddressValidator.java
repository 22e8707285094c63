package nl.klantregistratie.client;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.klantregistratie.base.validation.DutchNumbers;
import org.jspecify.annotations.Nullable;

/** See {@link ValidAddress}. */
public class AddressValidator implements ConstraintValidator<ValidAddress, Address> {

    @Override
    public boolean isValid(@Nullable Address address, ConstraintValidatorContext context) {
        if (address == null || address.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        valid &= required(address.getStraat(), "straat", context);
        valid &= address.getHuisnummer() != null || violation("huisnummer", "{validation.required}", context);
        valid &= required(address.getPlaats(), "plaats", context);
        if (address.isDutch()) {
            String postcode = address.getPostcode();
            if (postcode == null || postcode.isBlank()) {
                valid &= violation("postcode", "{validation.required}", context);
            } else if (!DutchNumbers.isValidPostcode(postcode)) {
                valid &= violation("postcode", "{validation.postcode}", context);
            }
        }
        return valid;
    }

    private static boolean required(@Nullable String value, String property, ConstraintValidatorContext context) {
        return (value != null && !value.isBlank()) || violation(property, "{validation.required}", context);
    }

    private static boolean violation(String property, String message, ConstraintValidatorContext context) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(property)
                .addConstraintViolation();
        return false;
    }
}
