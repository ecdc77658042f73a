package org.marsad.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real headless Chromium driven by WebDriver (Debian's {@code chromium} and {@code chromium-driver}). Tests using
 * it are skipped, with a message, where they are not installed. The page keeps an SSE connection open, so waits
 * are on elements, never on the page going idle.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, or skips the calling test when Chromium or its driver is not installed. */
    public static HeadlessChromium start() {
        Optional<String> browser = firstExecutable(BROWSERS);
        Optional<String> chromedriver = firstExecutable(DRIVERS);
        Assumptions.assumeTrue(browser.isPresent() && chromedriver.isPresent(),
                "page test skipped: no Chromium here (apt-get install chromium chromium-driver; .ci/run does)");
        try {
            Path profile = Files.createTempDirectory("marsad-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browser.get());
            options.setPageLoadStrategy(PageLoadStrategy.EAGER);
            // Without the networking switches Chromium floods a closed network with refused connections.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--lang=en", "--window-size=1200,900",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(chromedriver.get()).toFile()).usingAnyFreePort().build();
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits until an element is there and visible. */
    public WebElement await(By locator, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement await(By locator) {
        return await(locator, Duration.ofSeconds(20));
    }

    /** Saves what the window shows as a PNG. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }

    private static Optional<String> firstExecutable(List<String> candidates) {
        return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
    }
}
