package nl.klantregistratie.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address a mail server would deliver to, and no typo (docs/domain.md, Other values): the
 * form of {@link Email} (plus addressing, dots and apostrophes in the local part, subdomains,
 * internationalised domains), and after the @ a domain name with a top-level domain of two or more
 * letters or in punycode. Refused: a one-letter top-level domain ({@code jan@example.n}), an IP
 * address as domain ({@code jan@[192.0.2.1]}, {@code jan@192.0.2.1}), a domain without a dot, and
 * control or direction characters. Null or empty is valid; the length limit is a separate
 * {@code @Size}.
 */
@Email
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MailAddressValidator.class)
public @interface MailAddress {

    /** Reported when the address is malformed; a well-formed address with a typo in its domain gets {@code {validation.email.domain}}. */
    String message() default "{validation.email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
