package com.termboard.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium from Debian's packages, driven through the system chromedriver so that nothing is
 * downloaded; flags as this closed network needs them.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    private final Path profile;
    private final String base;

    public Browser(String baseUrl) {
        base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        try {
            profile = Files.createTempDirectory("termboard-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("termboard.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("termboard.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String css) {
        find(css).click();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void waitForText(String text) {
        // While a page replaces the last one, Chromium may answer for the old body's node with a plain
        // WebDriverException ("Node with given id does not belong to the document"), not a stale element: look again.
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** Logs in through the real form. */
    public void login(String username, String password) {
        open("/login");
        type("#j_username", username);
        type("#j_password", password);
        click("button[type=submit]");
        // The click returns before the next page is there; wait for it, so that the caller finds that page's elements.
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.getCurrentUrl().equals(base + "/login")
                        && "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Resizes the window, e.g. to 1400 (desktop) or 390 (phone) CSS pixels wide. */
    public void width(int pixels) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, 900));
    }

    /**
     * What a reader would see out of place on the rendered page: every body cell of a table whose horizontal centre
     * lies outside the column of its header (colspans counted), and a document wider than the window.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> misplacedCells() {
        return (java.util.List<String>) driver.executeScript("""
                const faults = [];
                if (document.documentElement.scrollWidth > window.innerWidth + 1) {
                  const wide = [...document.body.querySelectorAll('*')].find(e =>
                      e.getBoundingClientRect().right > window.innerWidth + 1
                      && !e.closest('.table-wrap') && getComputedStyle(e).position !== 'absolute');
                  faults.push('document ' + document.documentElement.scrollWidth + ' px wide in a '
                      + window.innerWidth + ' px window' + (wide ? ', first at ' + wide.tagName.toLowerCase()
                      + (wide.id ? '#' + wide.id : '') + (wide.className ? '.' + wide.className : '') : ''));
                }
                for (const table of document.querySelectorAll('table')) {
                  const headRow = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
                  if (!headRow) continue;
                  const columns = [];
                  for (const th of headRow.cells) {
                    for (let i = 0; i < th.colSpan; i++) columns.push(th);
                  }
                  for (const body of table.tBodies) {
                    for (const row of body.rows) {
                      let column = 0;
                      for (const cell of row.cells) {
                        const head = columns[column];
                        column += cell.colSpan;
                        if (!head || cell.colSpan > 1) continue;
                        const c = cell.getBoundingClientRect(), h = head.getBoundingClientRect();
                        const middle = (c.left + c.right) / 2;
                        if (c.width > 0 && (middle < h.left - 1 || middle > h.right + 1)) {
                          faults.push((table.id || table.className || 'table') + ': "' + cell.innerText.trim()
                              .slice(0, 30) + '" is not under "' + head.innerText.trim() + '"');
                        }
                      }
                    }
                  }
                }
                return faults;
                """);
    }

    /** Keeps a screenshot as test output under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as it is shown, as PNG. Chromium 150 aborts a screenshot taken while the page that a redirect led to
     * is still being attached ("aborted by navigation: Not attached to an active page"); it is taken again once
     * the page has loaded.
     */
    public byte[] png() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.getScreenshotAs(OutputType.BYTES);
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                        ((JavascriptExecutor) d).executeScript("return document.readyState")));
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
