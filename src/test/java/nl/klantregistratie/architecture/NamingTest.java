package nl.klantregistratie.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One name per concept (docs/decisions/0012-names.md): identifiers say head, follower and link, never
 * the Dutch hoofd, volger or koppeling. Texts users see, comments and strings may use the Dutch words.
 */
class NamingTest {

    private static final Pattern DUTCH = Pattern.compile("(?i)hoofd|volger|koppel");
    /** Comments, text blocks, strings and characters: where the Dutch words may stand. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
            Pattern.DOTALL);

    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

    @Test
    void identifiersUseTheEnglishWordsForHeadFollowerAndLink() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = NOT_CODE.matcher(Files.readString(file)).replaceAll(" ");
                    Matcher identifier = IDENTIFIER.matcher(code);
                    while (identifier.find()) {
                        if (DUTCH.matcher(identifier.group()).find()) {
                            found.add(file.getFileName() + ": " + identifier.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("identifiers with hoofd, volger or koppel").isEmpty();
    }
}
