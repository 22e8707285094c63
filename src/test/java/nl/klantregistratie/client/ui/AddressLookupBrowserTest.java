package nl.klantregistratie.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.BrowserTestBase;
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
 * In a real browser, with the postcode lookup pointed at a stub of PDOK: postcode + huisnummer fill
 * straat and plaats of a new klant; with the lookup down (slow, then failing), the form waits no
 * longer than its timeout, says nothing, and saves what the user typed.
 */
class AddressLookupBrowserTest extends BrowserTestBase {

    @RegisterExtension
    static final WireMockExtension PDOK = PdokStub.server();

    @DynamicPropertySource
    static void lookup(DynamicPropertyRegistry registry) {
        registry.add("klantregistratie.address-lookup.enabled", () -> "true");
        registry.add("klantregistratie.address-lookup.base-url", () -> PdokStub.baseUrl(PDOK));
        registry.add("klantregistratie.address-lookup.timeout", () -> "500ms");
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

    private Address woonadresOf(String achternaam) {
        return SignedIn.as(Role.MEDEWERKER, () -> {
            RegistrationSummary found = clients.search(ClientSearch.klanten(achternaam), PageRequest.of(0, 1))
                    .getFirst();
            return clients.getPerson(found.id()).getPersonal().getWoonadres();
        });
    }
}
