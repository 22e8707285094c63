package nl.klantregistratie.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text as a person types it: no control characters (C0, DEL, C1), no bidirectional embedding,
 * override, isolate or mark characters and no zero-width characters (see {@link PlainTexts}). A
 * one-line field refuses tabs and line breaks too; a {@link #multiLine()} field (notities) allows
 * them. Null or empty is valid.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    /** The default message; a multi-line field reports {@code {validation.plaintext.multiline}} instead. */
    String DEFAULT_MESSAGE = "{validation.plaintext}";

    /** True for free text of several lines: tabs and line breaks are allowed. */
    boolean multiLine() default false;

    String message() default DEFAULT_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
