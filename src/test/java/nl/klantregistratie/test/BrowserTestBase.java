package nl.klantregistratie.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchShadowRootException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for end-to-end tests in a real headless Chromium against the running application (random
 * port, in-memory H2, demo users medewerker/manager/support).
 *
 * <pre>{@code
 * class KlantZoekenBrowserTest extends BrowserTestBase {
 *     @Test
 *     void findsKlant() {
 *         loginAndWaitForShell("medewerker", "medewerker123");
 *         open("/klanten");
 *         waitFor(By.id("klant-search")).sendKeys("Jansen");
 *         waitForText(By.id("klanten-grid"), "Jansen");
 *         screenshot("klanten-gezocht");
 *     }
 * }
 * }</pre>
 *
 * <p>One Chromium per test class (started in {@code @BeforeAll}, quit in {@code @AfterAll}); before
 * each test its cookies are deleted, so every test starts signed out in a new Vaadin session. The
 * Spring context is shared by all subclasses. Selenium never downloads anything (Selenium Manager
 * does not run): the driver is {@code /usr/bin/chromedriver} and the browser {@code /usr/bin/chromium}.
 * Without them the tests are skipped, or fail when the environment variable {@code CI=true}. On a failed test a screenshot and the page
 * source are written to {@code target/screenshots/}.
 *
 * <p>Vaadin renders asynchronously: always find elements through {@link #waitFor(By)} and friends
 * (generous timeouts, never sleeps). Vaadin components keep their {@code <input>} elements in the
 * light DOM (slotted), so CSS selectors like {@code vaadin-text-field#name input} work; ids set
 * with {@code setId} are on the component's element.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The dev-mode notification and dev tools (Copilot) would cover the navbar and catch clicks.
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "demo"})
@ExtendWith(BrowserTestBase.BrowserAvailable.class)
public abstract class BrowserTestBase {

    /** The browser; the system property {@code browser.chromium} may point elsewhere. */
    public static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    /** The driver; the system property {@code browser.chromedriver} may point elsewhere. */
    public static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    /** Long enough for the first page load of Vaadin dev mode on a slow machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** How long a click may take to show its outcome before {@link #clickUntil} clicks again. */
    private static final Duration CLICK_OUTCOME_TIMEOUT = Duration.ofSeconds(5);

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The text inputs and the button of Vaadin's login form (slotted, so in the light DOM). */
    protected static final By LOGIN_USERNAME = By.cssSelector("vaadin-login-form #vaadinLoginUsername input");

    protected static final By LOGIN_PASSWORD = By.cssSelector("vaadin-login-form #vaadinLoginPassword input");
    protected static final By LOGIN_SUBMIT = By.cssSelector("vaadin-login-form vaadin-button[slot=submit]");

    /**
     * Selenium's JUL loggers that warn about the Chrome DevTools Protocol version on every start;
     * the tests do not use CDP. Held here so the level set below sticks.
     */
    private static final List<Logger> QUIET_LOGGERS = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private static @Nullable WebDriver driver;
    private static @Nullable ChromeDriverService service;
    private static @Nullable Path userDataDir;

    @LocalServerPort
    private int port;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
            if (driver != null) {
                String name = context.getRequiredTestMethod().getName() + "-" + context.getDisplayName();
                savePageAndScreenshot("FAILED-" + name);
            }
        }
    };

    @BeforeAll
    static void startBrowser() throws IOException {
        userDataDir = Files.createTempDirectory("klantregistratie-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                // an office's browser: Dutch first (the app follows the browser's language)
                "--lang=nl-NL",
                "--user-data-dir=" + userDataDir.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver = chrome;
    }

    @AfterAll
    static void quitBrowser() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
                service = null;
            }
            if (userDataDir != null) {
                deleteRecursively(userDataDir);
                userDataDir = null;
            }
        }
    }

    @BeforeEach
    void startSignedOut() {
        WebDriver browser = driver();
        if (browser.getCurrentUrl() != null && browser.getCurrentUrl().startsWith(baseUrl())) {
            browser.manage().deleteAllCookies();
        }
    }

    /** The browser of this test class. */
    protected static WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("No browser: BrowserTestBase.startBrowser did not run");
        }
        return driver;
    }

    /** E.g. {@code http://localhost:54321}, without trailing slash. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens an application path such as {@code "/"} or {@code "/gebruikers"} and waits for Vaadin. */
    protected void open(String path) {
        driver().get(baseUrl() + (path.startsWith("/") ? path : "/" + path));
        waitForVaadin();
    }

    /** Opens the login page, types the credentials as a user would and submits (no wait after). */
    protected void login(String username, String password) {
        open("/login");
        WebElement user = waitFor(LOGIN_USERNAME);
        user.clear();
        user.sendKeys(username);
        WebElement pass = waitFor(LOGIN_PASSWORD);
        pass.clear();
        pass.sendKeys(password);
        waitFor(LOGIN_SUBMIT).click();
    }

    /** Opens a card's "Acties" and clicks the item with this id. */
    protected void openAction(String itemId) {
        waitForVaadin();
        waitFor(By.id("actions-menu")).click();
        waitFor(By.id(itemId)).click();
        waitForVaadin();
    }

    /** Types into a list's search field, replacing what it held. */
    protected void search(String text) {
        WebElement field = waitFor(By.cssSelector("#search input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
        waitForVaadin();
    }

    /** A grid cell whose text contains this. */
    protected static By cellContaining(String text) {
        return By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]");
    }

    /** Logs in and waits until the application shell with the user menu is shown. */
    protected void loginAndWaitForShell(String username, String password) {
        login(username, password);
        waitFor(By.id("user-menu-button"));
        waitForVaadin();
    }

    /**
     * axe-core's serious and critical findings (WCAG 2.1 A and AA) on what the browser shows now, one
     * line each: "where: rule (what it asks) at element; element".
     */
    protected List<String> accessibilityViolations(String where) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver());
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> where + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + rule.getNodes().stream()
                                .limit(4)
                                .map(node -> node.getTarget() + " " + abbreviate(node.getHtml()))
                                .collect(Collectors.joining("; ")))
                .toList();
    }

    private static String abbreviate(@Nullable String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }

    /** No serious or critical accessibility violation on what the browser shows now. */
    protected void assertAccessible(String where) {
        assertThat(accessibilityViolations(where)).as("axe-core on " + where).isEmpty();
    }

    /** Logs out through the user menu and waits for the login page. */
    protected void logout() {
        waitFor(By.id("user-menu-button")).click();
        waitFor(By.id("logout")).click();
        waitUntil(ExpectedConditions.urlContains("/login"));
        waitFor(LOGIN_USERNAME);
    }

    /** Waits (up to {@link #TIMEOUT}) until the element is displayed and returns it. */
    protected WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks the first displayed element the locator finds until the click has its {@code outcome}
     * (a card opens, a preview shows), up to {@link #TIMEOUT}. A grid keeps rows it scrolled away or
     * filtered out in the DOM, hidden, for reuse, and re-renders while data arrives (a search still
     * being applied): a cell found a moment ago may be hidden or gone by the time it is clicked, or
     * the click may name a row the server has just replaced and be ignored. So this looks again and
     * clicks again until the outcome shows, never clicking once it has.
     */
    protected void clickUntil(By locator, ExpectedCondition<?> outcome) {
        waitUntil(browser -> {
            if (met(outcome)) {
                return true;
            }
            if (!clickFirstDisplayed(locator)) {
                return false;
            }
            try {
                new WebDriverWait(browser, CLICK_OUTCOME_TIMEOUT, Duration.ofMillis(100)).until(outcome);
                return true;
            } catch (TimeoutException e) {
                return false; // the click did not land: look and click again
            }
        });
    }

    private boolean met(ExpectedCondition<?> condition) {
        try {
            Object result = condition.apply(driver());
            return result != null && !Boolean.FALSE.equals(result);
        } catch (WebDriverException e) {
            return false;
        }
    }

    private boolean clickFirstDisplayed(By locator) {
        for (WebElement element : driver().findElements(locator)) {
            try {
                if (element.isDisplayed()) {
                    element.click();
                    return true;
                }
            } catch (ElementNotInteractableException // also: click intercepted
                    | StaleElementReferenceException e) {
                // re-rendered meanwhile: look again
            }
        }
        return false;
    }

    /** Waits until the element exists in the DOM, displayed or not. */
    protected WebElement waitForPresent(By locator) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Waits until the element's visible text contains the given text, and returns the element. */
    protected WebElement waitForText(By locator, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver().findElement(locator);
    }

    /** Waits until the element is gone or hidden. */
    protected void waitForGone(By locator) {
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver(), TIMEOUT, Duration.ofMillis(100)).until(condition);
    }

    /**
     * Waits for an element inside shadow roots and returns it once displayed: every selector but
     * the last names a host whose shadow root holds the next. E.g. the login error:
     * {@code waitForShadow("vaadin-login-form", "vaadin-login-form-wrapper", "[part=error-message]")}.
     */
    protected WebElement waitForShadow(String... cssPath) {
        if (cssPath.length < 2) {
            throw new IllegalArgumentException("Give a host and at least one selector inside its shadow root");
        }
        return waitUntil(browser -> {
            try {
                SearchContext context =
                        browser.findElement(By.cssSelector(cssPath[0])).getShadowRoot();
                for (int i = 1; i < cssPath.length - 1; i++) {
                    context = context.findElement(By.cssSelector(cssPath[i])).getShadowRoot();
                }
                WebElement element = context.findElement(By.cssSelector(cssPath[cssPath.length - 1]));
                return element.isDisplayed() ? element : null;
            } catch (NoSuchElementException | NoSuchShadowRootException | StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** Elements matching the locator now (no wait), e.g. to assert something is absent. */
    protected List<WebElement> findAll(By locator) {
        return driver().findElements(locator);
    }

    /** Waits until Vaadin has loaded and has no server round trip pending. */
    protected void waitForVaadin() {
        waitUntil(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("""
                if (document.readyState !== 'complete') return false;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return true; // not a Vaadin page (e.g. a plain error page)
                return Object.values(clients).every(c => !c.isActive || !c.isActive());
                """)));
    }

    /** Saves a PNG of the viewport as {@code target/screenshots/<TestClass>-<name>.png}. */
    protected Path screenshot(String name) {
        return screenshotOf(getClass().getSimpleName() + "-" + name);
    }

    private static Path screenshotOf(String fileName) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(safe(fileName) + ".png");
            File png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(png.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void savePageAndScreenshot(String name) {
        String fileName = getClass().getSimpleName() + "-" + name;
        try {
            screenshotOf(fileName);
            Files.writeString(SCREENSHOTS.resolve(safe(fileName) + ".html"), driver().getPageSource());
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save screenshot of failed test " + name + ": " + e);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    /**
     * Skips the test class (every test reported as skipped, with the reason) before the Spring
     * context or the browser starts when Chromium or its driver is missing; with {@code CI=true}
     * the class fails instead.
     */
    static final class BrowserAvailable implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver present");
            }
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if (MariaDbTestSupport.isCi()) {
                throw new IllegalStateException("CI=true, so browser tests must run: " + message);
            }
            return ConditionEvaluationResult.disabled("Skipped: " + message);
        }
    }

    /** Best effort: a leftover profile directory in /tmp must not fail the tests. */
    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete browser profile " + dir + ": " + e);
        }
    }
}
