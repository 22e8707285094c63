package nl.klantregistratie.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Dutch burgerservicenummer: 9 digits (8 are left-padded), not all zero, passing the 11-proef. Null or empty is valid. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BsnValidator.class)
public @interface Bsn {

    String message() default "{validation.bsn}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
