package io.github.wxlogistics.testkit.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for the suite, from the Debian packages {@code chromium} and
 * {@code chromium-driver} ({@code .ci/run} installs them when missing); {@code WX_CHROMIUM} and
 * {@code WX_CHROMEDRIVER} point elsewhere. Fails with a message when they are missing: a browser
 * test that silently skipped would prove nothing. Screenshots go to {@code target/console-screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);
    // Held so the level stays set: Selenium warns that it has no CDP module for this Chromium,
    // which these tests do not use.
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    final ChromeDriver driver;

    Browser() {
        SELENIUM.setLevel(Level.SEVERE);
        String chromium = System.getenv().getOrDefault("WX_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("WX_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("the browser tests need Chromium and its driver at " + chromium + " and "
                    + chromedriver + ": apt-get install -y chromium chromium-driver (or set WX_CHROMIUM and "
                    + "WX_CHROMEDRIVER)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1440,900", "--force-device-scale-factor=1", "--lang=en-US",
                        "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().withSilent(true).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    /** Waits for {@code condition} to give something other than null or false. */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /**
     * Clicks the element once it is there, finding it again if a live update replaced it between
     * finding and clicking (a table row re-rendered by the console's event stream).
     */
    void click(String css) {
        until(d -> {
            WebElement element = d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null);
            if (element == null) {
                return null;
            }
            element.click();
            return Boolean.TRUE;
        });
    }

    /** The element once it is there. */
    WebElement find(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** Saves a screenshot of the top of the page as {@code name}.png. */
    Path screenshot(String name) {
        driver.executeScript("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
