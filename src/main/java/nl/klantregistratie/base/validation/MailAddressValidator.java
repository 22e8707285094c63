package nl.klantregistratie.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * See {@link MailAddress}. Runs after {@code @Email} accepted the form of the address, and looks at
 * what that lets through: the characters, and the domain.
 */
public class MailAddressValidator implements ConstraintValidator<MailAddress, String> {

    private static final String DOMAIN_MESSAGE = "{validation.email.domain}";

    /** A top-level domain as the root zone has them: letters only, or an internationalised one in punycode. */
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        if (!PlainTexts.isPlain(value, false)) {
            return false;
        }
        if (!hasDomainName(value)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(DOMAIN_MESSAGE).addConstraintViolation();
            return false;
        }
        return true;
    }

    /**
     * Whether the part after the last @ is a domain name ending in a top-level domain: not an
     * address literal ("[192.0.2.1]"), not an IP address ("192.0.2.1", whose last label is digits),
     * not a name without a dot, not a top-level domain of one letter.
     */
    static boolean hasDomainName(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1);
        if (domain.startsWith("[")) {
            return false;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int dot = ascii.lastIndexOf('.');
        return dot > 0
                && TOP_LEVEL_DOMAIN
                        .matcher(ascii.substring(dot + 1).toLowerCase(Locale.ROOT))
                        .matches();
    }
}
