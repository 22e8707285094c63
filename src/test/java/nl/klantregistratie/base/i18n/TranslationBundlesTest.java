package nl.klantregistratie.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Dutch and English bundles stay in step, and the code uses only keys that exist. */
class TranslationBundlesTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = load("translations.properties").stringPropertyNames();
        Set<String> english = load("translations_en.properties").stringPropertyNames();

        assertThat(difference(dutch, english))
                .as("keys only in the Dutch bundle")
                .isEmpty();
        assertThat(difference(english, dutch))
                .as("keys only in the English bundle")
                .isEmpty();
    }

    /** English says head and follower throughout, never the Dutch words half-way (issue 17). */
    @Test
    void englishTextsUseOneWordForHeadAndFollower() throws IOException {
        Properties english = load("translations_en.properties");
        Pattern dutch = Pattern.compile("(?i)\\b(hoofd|hoofden|volger|volgers|contactpersoon|contactpersonen)\\b");
        assertThat(english.stringPropertyNames())
                .as("English texts with a Dutch word for head, follower or contact person")
                .filteredOn(key -> dutch.matcher(english.getProperty(key)).find())
                .isEmpty();
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String bundle : List.of("translations.properties", "translations_en.properties")) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames())
                    .as("empty texts in " + bundle)
                    .filteredOn(key -> properties.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Pattern call = Pattern.compile("(?:getTranslation|translate)\\(\\s*\"([^\"]+)\"");
        Pattern menuTitle = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            for (Pattern pattern : List.of(call, menuTitle)) {
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsDoNotHardCodeTexts() throws IOException {
        Pattern hardCoded =
                Pattern.compile("(?:new (?:H[1-6]|Span|Paragraph|Button|Anchor|Text|NativeLabel)\\(\\s*\"[^\"]*\\p{L}"
                        + "|\\.set(?:Text|Header|Label|Title|Placeholder|HelperText)\\(\\s*\"[^\"]*\\p{L})");
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (hardCoded.matcher(lines.get(i)).find()) {
                    offenders.add(file.getFileName() + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders)
                .as("user-visible text must come from the translation bundles")
                .isEmpty();
    }

    @Test
    void dutchIsTheDefaultWhateverTheRequestedLocale() {
        TranslationProvider provider = new TranslationProvider();

        assertThat(provider.getProvidedLocales()).first().isEqualTo(TranslationProvider.DUTCH);
        assertThat(provider.getTranslation("menu.logout", Locale.GERMAN)).isEqualTo("Uitloggen");
        assertThat(provider.getTranslation("menu.logout", Locale.forLanguageTag("nl")))
                .isEqualTo("Uitloggen");
        assertThat(provider.getTranslation("menu.logout", Locale.US)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("home.welcome", TranslationProvider.DUTCH, "Mila"))
                .isEqualTo("Welkom, Mila");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
