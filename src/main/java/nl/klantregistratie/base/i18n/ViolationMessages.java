package nl.klantregistratie.base.i18n;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validation message in the user's language: the violation's message template ("{validation.bsn}")
 * is the translation key, and "{max}"-style placeholders take the constraint's attributes. Serves the
 * forms (next to the field) and the import (per row and column) alike.
 */
public final class ViolationMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private ViolationMessages() {}

    /** The message, translated by {@code translate} (a key gives its text, "!key" when there is none). */
    public static String translate(ConstraintViolation<?> violation, Function<String, String> translate) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : "validation.invalid";
        String text = translate.apply(key);
        if (text.startsWith("!")) {
            text = translate.apply("validation.invalid");
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            Object value = attributes.get(matcher.group(1));
            matcher.appendReplacement(
                    result, Matcher.quoteReplacement(value == null ? matcher.group() : value.toString()));
        }
        return matcher.appendTail(result).toString();
    }
}
