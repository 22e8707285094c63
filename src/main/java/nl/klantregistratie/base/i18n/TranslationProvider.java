package nl.klantregistratie.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves every user-visible text from {@code vaadin-i18n/translations*.properties}.
 * The base bundle is Dutch; English is the second language. Dutch comes first in
 * {@link #getProvidedLocales()}, so it is the default whatever the browser or JVM says.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);
    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    // No fallback to the JVM default locale: an unknown locale gets the Dutch base bundle.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key '{}' for locale {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** The supported locale closest to the given one; Dutch when there is none. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    static ResourceBundle bundle(Locale locale) {
        Locale target = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, DUTCH.equals(target) ? Locale.ROOT : target, CONTROL);
    }
}
