package nl.klantregistratie.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conventions of the source that the formatter does not hold: one name per concept
 * (docs/decisions/0012-names.md), and imports instead of fully-qualified names in the code.
 */
class SourceConventionsTest {

    private static final Pattern DUTCH = Pattern.compile("(?i)hoofd|volger|koppel");
    /** Comments, text blocks, strings and characters: where the Dutch words may stand. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
            Pattern.DOTALL);

    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import ((?:\\w+\\.)+)(\\w+);");
    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.])((?:java|javax|jakarta|org|com|nl)\\.(?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");

    /** Identifiers say head, follower and link, never hoofd, volger or koppeling; texts and comments may. */
    @Test
    void identifiersUseTheEnglishWordsForHeadFollowerAndLink() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher identifier = IDENTIFIER.matcher(code(file));
            while (identifier.find()) {
                if (DUTCH.matcher(identifier.group()).find()) {
                    found.add(file.getFileName() + ": " + identifier.group());
                }
            }
        }
        assertThat(found).as("identifiers with hoofd, volger or koppel").isEmpty();
    }

    /** A type is named by its import, unless another type of that name is imported or declared there. */
    @Test
    void codeNamesTypesByTheirImport() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            Map<String, String> imported = new HashMap<>();
            Matcher imports = IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                imported.put(imports.group(2), imports.group(1) + imports.group(2));
            }
            String code = code(file).replaceAll("(?m)^(import|package) .*$", "");
            Matcher qualified = QUALIFIED.matcher(code);
            while (qualified.find()) {
                String name = qualified.group(2);
                String full = qualified.group(1) + name;
                boolean clash =
                        (imported.containsKey(name) && !imported.get(name).equals(full))
                                || Pattern.compile("\\b(class|interface|record|enum) " + name + "\\b")
                                        .matcher(code)
                                        .find()
                                || Files.exists(file.resolveSibling(name + ".java"));
                if (!clash) {
                    found.add(file.getFileName() + ": " + full);
                }
            }
        }
        assertThat(found).as("fully-qualified names where an import serves").isEmpty();
    }

    /**
     * Nothing takes a lock that a MariaDB Galera cluster does not replicate (docs/decisions/0021):
     * {@code GET_LOCK} and {@code LOCK TABLES} hold on one node only, so a colleague writing through
     * another node would not wait for them. Row locks ({@code SELECT ... FOR UPDATE}) are fine:
     * a conflict with another node surfaces at commit as a deadlock, which is retried once.
     */
    @Test
    void nothingUsesLocksThatGaleraDoesNotReplicate() throws IOException {
        Pattern nodeLocks = Pattern.compile("(?i)\\bGET_LOCK\\s*\\(|\\bLOCK\\s+TABLES?\\b|\\bRELEASE_LOCK\\s*\\(");
        List<String> found = new ArrayList<>();
        List<Path> files = new ArrayList<>(
                javaFiles().stream().filter(file -> file.startsWith("src/main")).toList());
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources/db/migration"))) {
            walk.filter(file -> file.toString().endsWith(".sql")).forEach(files::add);
        }
        for (Path file : files) {
            if (nodeLocks.matcher(Files.readString(file)).find()) {
                found.add(file.toString());
            }
        }
        assertThat(files).as("sources and migrations read").hasSizeGreaterThan(100);
        assertThat(found).as("sources with GET_LOCK or LOCK TABLES").isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    /** The source without comments, strings and characters. */
    private static String code(Path file) throws IOException {
        return NOT_CODE.matcher(Files.readString(file)).replaceAll(" ");
    }
}
