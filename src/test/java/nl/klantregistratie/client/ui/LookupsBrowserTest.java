package nl.klantregistratie.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.BrowserTestBase;
import nl.klantregistratie.test.KvkStub;
import nl.klantregistratie.test.PdokStub;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real browser, with the postcode lookup pointed at a stub of PDOK and the KvK lookup at a stub
 * of the KvK (one stub server, one application context): postcode + huisnummer fill straat and
 * plaats of a new klant; with the lookup down (slow, then failing), the form waits no longer than
 * its timeout, says nothing, and saves what the user typed; "Ophalen bij KvK" previews the KvK's data
 * and "Overnemen" puts it in the form, which then saves.
 */
class LookupsBrowserTest extends BrowserTestBase {

    @RegisterExtension
    static final WireMockExtension PDOK = PdokStub.server();

    @DynamicPropertySource
    static void lookup(DynamicPropertyRegistry registry) {
        registry.add("klantregistratie.address-lookup.enabled", () -> "true");
        registry.add("klantregistratie.address-lookup.base-url", () -> PdokStub.baseUrl(PDOK));
        registry.add("klantregistratie.address-lookup.timeout", () -> "500ms");
        registry.add("klantregistratie.kvk.api-key", () -> KvkStub.API_KEY);
        registry.add("klantregistratie.kvk.base-url", () -> PDOK.baseUrl() + KvkStub.PATH);
    }

    @Autowired
    ClientService clients;

    @Test
    void postcodeAndHuisnummerFillStraatAndPlaats() {
        PdokStub.address(PDOK, "3512PN", 21, "Lange Nieuwstraat", "Utrecht");
        loginAndWaitForShell("medewerker", "medewerker123");
        open("/klanten/persoon/nieuw");
        waitFor(By.cssSelector("#personal-achternaam input")).sendKeys("Postcodeproef");
        waitFor(By.cssSelector("#woonadres-postcode input")).sendKeys("3512pn", Keys.TAB);
        waitFor(By.cssSelector("#woonadres-huisnummer input")).sendKeys("21", Keys.TAB);

        WebElement straat = waitFor(By.cssSelector("#woonadres-straat input"));
        waitUntil(browser -> "Lange Nieuwstraat".equals(straat.getDomProperty("value")));
        WebElement plaats = waitFor(By.cssSelector("#woonadres-plaats input"));
        assertThat(plaats.getDomProperty("value")).isEqualTo("Utrecht");
        screenshot("postcode-filled");
        waitFor(By.id("save")).click();
        waitForGone(By.id("save"));

        assertThat(woonadresOf("Postcodeproef").format()).isEqualTo("Lange Nieuwstraat 21, 3512 PN Utrecht");
    }

    @Test
    void withTheLookupDownTheFormSavesWhatWasTyped() {
        PDOK.stubFor(PdokStub.asked("6211CK", 1)
                .willReturn(PdokStub.json(PdokStub.answer(0, ""))
                        .withFixedDelay((int) Duration.ofSeconds(5).toMillis())));
        PdokStub.down(PDOK, "6211CK", 2);
        loginAndWaitForShell("medewerker", "medewerker123");
        open("/klanten/persoon/nieuw");
        waitFor(By.cssSelector("#personal-achternaam input")).sendKeys("Storingsproef");
        waitFor(By.cssSelector("#woonadres-postcode input")).sendKeys("6211 CK", Keys.TAB);
        waitFor(By.cssSelector("#woonadres-huisnummer input")).sendKeys("1", Keys.TAB);
        waitFor(By.cssSelector("#woonadres-huisnummer input")).sendKeys(Keys.BACK_SPACE, "2", Keys.TAB);
        waitFor(By.cssSelector("#woonadres-straat input")).sendKeys("Vrijthof", Keys.TAB);
        waitFor(By.cssSelector("#woonadres-plaats input")).sendKeys("Maastricht", Keys.TAB);
        waitForVaadin();

        assertThat(findAll(By.id("woonadres-lookup-offer"))).isEmpty();
        assertThat(findAll(By.id("woonadres-lookup-unknown"))).isEmpty();
        screenshot("postcode-lookup-down");
        waitFor(By.id("save")).click();
        waitForGone(By.id("save"));

        assertThat(woonadresOf("Storingsproef").format()).isEqualTo("Vrijthof 2, 6211 CK Maastricht");
    }

    @Test
    void ophalenBijKvkPreviewsAndOvernemenFillsTheForm() {
        PDOK.stubFor(KvkStub.asked("69599084")
                .willReturn(KvkStub.json(KvkStub.basisprofiel(
                        "69599084",
                        "Korenbloem Bakkers B.V.",
                        "Besloten Vennootschap",
                        KvkStub.adres("bezoekadres", "Dorpsstraat", 12, "1234AB", "Utrecht")))));
        loginAndWaitForShell("medewerker", "medewerker123");
        open("/klanten/bedrijf/nieuw");
        waitFor(By.cssSelector("#kvkNummer input")).sendKeys("69599084");
        waitFor(By.id("kvk-fetch")).click();

        waitForText(By.id("kvk-changes"), "Korenbloem Bakkers B.V.");
        waitForText(By.id("kvk-changes"), "Dorpsstraat 12, 1234 AB Utrecht");
        screenshot("kvk-preview");
        waitFor(By.id("kvk-apply")).click();
        waitForGone(By.id("kvk-preview"));
        WebElement statutaireNaam = waitFor(By.cssSelector("#statutaireNaam input"));
        waitUntil(browser -> "Korenbloem Bakkers B.V.".equals(statutaireNaam.getDomProperty("value")));
        screenshot("kvk-taken-over");
        waitFor(By.id("save")).click();
        waitForGone(By.id("save"));

        ClientCompany saved = SignedIn.as(Role.MEDEWERKER, () -> {
            RegistrationSummary found = clients.search(ClientSearch.klanten("Korenbloem"), PageRequest.of(0, 1))
                    .getFirst();
            return clients.getCompany(found.id());
        });
        assertThat(saved.getRechtsvorm()).isEqualTo(LegalForm.BV);
        assertThat(saved.getVestigingsadres().format()).isEqualTo("Dorpsstraat 12, 1234 AB Utrecht");
    }

    private Address woonadresOf(String achternaam) {
        return SignedIn.as(Role.MEDEWERKER, () -> {
            RegistrationSummary found = clients.search(ClientSearch.klanten(achternaam), PageRequest.of(0, 1))
                    .getFirst();
            return clients.getPerson(found.id()).getPersonal().getWoonadres();
        });
    }
}
