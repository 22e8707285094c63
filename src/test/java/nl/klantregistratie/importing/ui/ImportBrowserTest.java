package nl.klantregistratie.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.test.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importeren in a real browser, as a manager does it: choose a CSV file, read the proposed columns,
 * Controleren (a row refused with its reason), Definitief importeren, confirm, follow the progress to
 * "Klaar" and the report; the registrations are there.
 */
class ImportBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadCheckImportFollowTheProgressAndReadTheReport() throws IOException {
        String surname = "Brw" + TestData.uniqueSuffix((int) (System.nanoTime() % 100_000));
        Path file = Files.createTempFile("klanten", ".csv");
        try {
            Files.writeString(
                    file,
                    "Achternaam;Voorletters;Woonplaats\r\n" + surname + ";A.;\r\n" + surname + ";B.;\r\n;C.;\r\n",
                    StandardCharsets.UTF_8);
            loginAndWaitForShell("manager", "manager123");
            open("/importeren");
            waitFor(By.id("import-upload"));
            screenshot("import-01-start");

            fileInput().sendKeys(file.toAbsolutePath().toString());
            waitForText(By.id("import-file-info"), "3 rijen");
            waitForVaadin();
            screenshot("import-02-mapping");

            click(By.id("import-check"));
            waitForText(By.id("import-summary"), "Nieuw: 2");
            waitForText(By.id("import-report"), "Achternaam: Verplicht veld");
            waitForVaadin();
            screenshot("import-03-report");
            assertThat(count(surname)).isZero();

            click(By.id("import-start"));
            waitFor(By.cssSelector("#import-confirm [slot='confirm-button']")).click();
            waitForText(By.id("import-progress-text"), "Klaar");
            waitForText(By.id("import-progress-text"), "3 van 3 rijen");
            waitForVaadin();
            screenshot("import-04-done");
            assertThat(count(surname)).isEqualTo(2);
            waitForText(By.id("import-recent"), file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void click(By locator) {
        WebElement button = waitFor(locator);
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** The upload's own file input, in its shadow root (what a person's file choice fills). */
    private WebElement fileInput() {
        WebElement upload = waitFor(By.id("import-upload"));
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    private long count(String surname) {
        return jdbc.sql("SELECT COUNT(*) FROM registration WHERE personal_achternaam = ?")
                .param(surname)
                .query(Long.class)
                .single();
    }
}
