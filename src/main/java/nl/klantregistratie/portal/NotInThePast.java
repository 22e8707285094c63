package nl.klantregistratie.portal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import nl.klantregistratie.base.OfficeTime;
import org.jspecify.annotations.Nullable;

/**
 * A date that is today or later in the office's time zone (Dutch time, whatever the server's zone);
 * empty is valid. {@code @FutureOrPresent} would use the server's zone.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotInThePast.Check.class)
@interface NotInThePast {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<NotInThePast, LocalDate> {

        @Override
        public boolean isValid(@Nullable LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isBefore(LocalDate.now(OfficeTime.ZONE));
        }
    }
}
