package nl.klantregistratie.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.overview.LinkOverviewFixture;
import nl.klantregistratie.security.UserService;
import nl.klantregistratie.suggestion.SuggestionFixture;
import nl.klantregistratie.test.BrowserTestBase;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager's pages in a real browser: Koppelingen with search and the volgers, Koppelvoorstellen. */
class ManagerPagesBrowserTest extends BrowserTestBase {

    @Autowired
    UserService users;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Test
    void managerSearchesLinksSeesFollowersAndSuggestions() {
        LinkOverviewFixture.Data linkOverview =
                SignedIn.as(users, "manager", () -> new LinkOverviewFixture(clients, links).create());
        SuggestionFixture suggestion = SignedIn.as(users, "manager", () -> SuggestionFixture.create(clients));
        loginAndWaitForShell("manager", "manager123");

        open("/koppelingen");
        WebElement search = waitFor(By.cssSelector("#overview-search input"));
        search.sendKeys(linkOverview.surname());
        String zoeknaam = linkOverview.personHead().getZoeknaam();
        waitForText(By.id("links-grid"), zoeknaam);
        waitForText(By.id("links-grid"), "Contactpersoon als hoofd");
        assertThat(waitFor(By.id("overview-export")).getAttribute("href")).isNotBlank();

        clickUntil(
                By.xpath("//vaadin-grid[@id='links-grid']//vaadin-grid-cell-content[normalize-space()='" + zoeknaam
                        + "']"),
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("overview-followers"),
                        "Volgers van " + linkOverview.personHead().getDisplayName()));
        waitForText(By.id("overview-followers-grid"), linkOverview.companyB().getDisplayName());
        screenshot("koppelingen");

        open("/koppelvoorstellen");
        waitForText(By.id("suggestions-grid"), suggestion.klant().getDisplayName());
        assertThat(waitFor(By.id("suggestions-grid")).getText()).contains("Achternaam (gelijk)");
        screenshot("koppelvoorstellen");
    }
}
