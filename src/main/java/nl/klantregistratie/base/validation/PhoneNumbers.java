package nl.klantregistratie.base.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Phone numbers through libphonenumber, with the Netherlands as the default region. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "NL";

    private PhoneNumbers() {}

    /** The number in international format ("+31 6 12345678"), or the trimmed input when it is no valid number. */
    public static @Nullable String normalize(@Nullable String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return parse(input)
                .map(number -> UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL))
                .orElse(input.strip());
    }

    public static boolean isValid(String input) {
        return parse(input).isPresent();
    }

    private static Optional<Phonenumber.PhoneNumber> parse(String input) {
        if (input.length() > 40) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(input, DEFAULT_REGION);
            return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
