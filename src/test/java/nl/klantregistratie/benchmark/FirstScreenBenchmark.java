package nl.klantregistratie.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A cold browser's way to the first usable screen (docs/benchmarks.md, "First screen"): a new
 * Chromium with an empty cache and profile each run, against a running production jar. It measures
 * the login page (address typed → the username field usable) and the sign-in (submit → the shell
 * with its menu), and the bytes the browser received for each (Resource Timing's transferSize, the
 * page itself included). The baseline, in the same run and the same cold browser: one static file of
 * the same server (the app's stylesheet), which is what the network and the browser cost by
 * themselves. One run before the measured ones warms the server up, and is not counted.
 *
 * <pre>
 * scripts/first-screen-benchmark.sh        (starts the production jar on MariaDB, then runs this)
 * ./mvnw -Pbenchmark test -Dtest=FirstScreenBenchmark -Dbench.url=http://127.0.0.1:18080 \
 *     -Dbench.user=beheerder -Dbench.password=… [-Dbench.runs=5]
 * </pre>
 */
class FirstScreenBenchmark {

    private static final String URL = System.getProperty("bench.url", "http://127.0.0.1:18080");
    private static final String USER = System.getProperty("bench.user", "beheerder");
    private static final String PASSWORD = System.getProperty("bench.password", "");
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private static final String BYTES_SO_FAR = """
            const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
            return entries.reduce((sum, entry) => sum + (entry.transferSize || 0), 0);""";

    record Run(
            long staticMillis,
            long staticBytes,
            long loginMillis,
            long loginBytes,
            long shellMillis,
            long shellBytes) {}

    static {
        // Selenium warns about the DevTools version on every start; this benchmark does not use it
        Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
        Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver").setLevel(Level.SEVERE);
    }

    @Test
    void coldBrowserToTheFirstUsableScreen() throws IOException {
        System.out.print(Machine.describe());
        System.out.printf("Server: %s, %d cold runs%n", URL, RUNS);
        oneColdRun(); // the server's first pages after its start (class loading, JIT) are not what staff meet all day
        List<Run> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            runs.add(oneColdRun());
        }
        System.out.printf(Locale.ROOT, "%-46s %10s %10s %12s%n", "", "median ms", "max ms", "median KB");
        print(
                "baseline: one static file (styles/app.css)",
                runs.stream().mapToLong(Run::staticMillis),
                runs.stream().mapToLong(Run::staticBytes));
        print(
                "login page: address to username field usable",
                runs.stream().mapToLong(Run::loginMillis),
                runs.stream().mapToLong(Run::loginBytes));
        print(
                "sign-in: submit to the shell with its menu",
                runs.stream().mapToLong(Run::shellMillis),
                runs.stream().mapToLong(Run::shellBytes));
        print(
                "cold browser to first usable screen (sum)",
                runs.stream().mapToLong(run -> run.loginMillis() + run.shellMillis()),
                runs.stream().mapToLong(run -> run.loginBytes() + run.shellBytes()));
    }

    private static void print(String label, LongStream millis, LongStream bytes) {
        long[] times = millis.sorted().toArray();
        long[] sizes = bytes.sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%-46s %10d %10d %12.1f%n",
                label,
                times[times.length / 2],
                times[times.length - 1],
                sizes[sizes.length / 2] / 1024.0);
    }

    private static Run oneColdRun() throws IOException {
        Path profile = Files.createTempDirectory("first-screen-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--window-size=1366,768",
                "--lang=nl-NL",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(10));
            JavascriptExecutor js = browser;

            long start = System.nanoTime();
            browser.get(URL + "/styles/app.css");
            long staticMillis = (System.nanoTime() - start) / 1_000_000;
            long staticBytes = ((Number) js.executeScript(BYTES_SO_FAR)).longValue();

            start = System.nanoTime();
            browser.get(URL + "/login");
            js.executeScript("performance.setResourceTimingBufferSize(5000)");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-login-form #vaadinLoginUsername input")));
            long loginMillis = (System.nanoTime() - start) / 1_000_000;
            long loginBytes = ((Number) js.executeScript(BYTES_SO_FAR)).longValue();

            browser.findElement(By.cssSelector("vaadin-login-form #vaadinLoginUsername input"))
                    .sendKeys(USER);
            browser.findElement(By.cssSelector("vaadin-login-form #vaadinLoginPassword input"))
                    .sendKeys(PASSWORD);
            start = System.nanoTime();
            browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"))
                    .click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("user-menu-button")));
            long shellMillis = (System.nanoTime() - start) / 1_000_000;
            long shellBytes = ((Number) js.executeScript(BYTES_SO_FAR)).longValue();
            return new Run(staticMillis, staticBytes, loginMillis, loginBytes, shellMillis, shellBytes);
        } finally {
            browser.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
