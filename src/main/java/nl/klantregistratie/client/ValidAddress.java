package nl.klantregistratie.client;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An address is either empty or complete (straat, huisnummer, plaats, and for Nederland a valid
 * postcode). Violations are reported on the field they concern.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AddressValidator.class)
public @interface ValidAddress {

    String message() default "{validation.address}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
