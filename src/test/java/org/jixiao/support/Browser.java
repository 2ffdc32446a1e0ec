package org.jixiao.support;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless chromium at 1366×768, driven through Debian's chromedriver (paths given, so Selenium
 * Manager never downloads anything), with the few gestures a clerk makes: log in, type, choose, click,
 * answer a confirm dialog. Screenshots go to {@code target/screenshots/NN-name.png} in the order taken.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Latin words that may stand in a Chinese page: file formats and the like. */
    private static final Set<String> ALLOWED_LATIN = Set.of("Excel", "xlsx", "xls", "PDF", "demo");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Path downloads;
    private final Set<Path> taken = new HashSet<>();
    private int shots;

    public Browser(String baseUrl, Path screenshots) {
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        try {
            Files.createDirectories(screenshots);
            try (var old = Files.list(screenshots)) {
                for (Path file : old.filter(f -> f.toString().endsWith(".png")).toList()) {
                    Files.delete(file);
                }
            }
            this.downloads = Files.createTempDirectory("jixiao-downloads");
            Path profile = Files.createTempDirectory("jixiao-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // Without the networking flags chromium keeps calling home, which this closed network refuses.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=zh-CN",
                    "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "intl.accept_languages", "zh-CN"));
            // Confirm dialogs are answered by the test, never dismissed behind its back.
            options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            this.driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Logs out whoever is logged in, then logs in through the login form (every demo password is {@code demo}). */
    public void login(String username) {
        if (!driver.findElements(By.xpath("//button[normalize-space()='退出']")).isEmpty()) {
            clickButton("退出");
        }
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        clickButton("登录");
        assertThat(text("nav")).as("logged in as " + username).contains("退出");
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public WebElement field(String name) {
        return find(By.name(name));
    }

    /** Replaces the field's content with the text, as typed on the keyboard. */
    public void type(By by, String text) {
        type(find(by), text);
    }

    public void type(String name, String text) {
        type(field(name), text);
    }

    public void type(WebElement field, String text) {
        scrollTo(field);
        field.clear();
        field.sendKeys(text);
    }

    public void choose(String name, String visibleText) {
        choose(field(name), visibleText);
    }

    public void choose(WebElement select, String visibleText) {
        scrollTo(select);
        new Select(select).selectByVisibleText(visibleText);
    }

    public String text(String cssSelector) {
        return find(By.cssSelector(cssSelector)).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Clicks the visible button with exactly this label and waits for the next page. */
    public void clickButton(String label) {
        navigate(button(label));
    }

    public WebElement button(String label) {
        return find(By.xpath("//button[normalize-space()='" + label + "']"));
    }

    public void clickLink(String label) {
        navigate(find(By.xpath("//a[normalize-space()='" + label + "']")));
    }

    /** Clicks the element (a button that does not leave the page, such as 添加指标). */
    public void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    /**
     * Clicks a button that asks first, checks the question, answers yes and waits for the next page.
     *
     * @return the question the page asked
     */
    public String clickAndConfirm(String label) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(button(label));
        Alert alert = new WebDriverWait(driver, WAIT).until(ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        alert.accept();
        waitUntilReplaced(html);
        return question;
    }

    /** Clicks a button that asks first and answers no: nothing may happen. */
    public String clickAndCancel(String label) {
        click(button(label));
        Alert alert = new WebDriverWait(driver, WAIT).until(ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        alert.dismiss();
        return question;
    }

    /** Clicks a link or button that leads to another page and waits for it. */
    public void navigate(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(element);
        waitUntilReplaced(html);
    }

    /**
     * Waits until the page holding {@code html} has been replaced. Chromium sometimes answers a question about an
     * element of a document being unloaded with "does not belong to the document" rather than "stale": same thing.
     */
    private void waitUntilReplaced(WebElement html) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    private void scrollTo(WebElement element) {
        // Bootstrap scrolls smoothly; a click must not land while the page still moves.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    /** The message shown right after the field (Bootstrap's invalid-feedback), once the page marks it invalid. */
    public String messageNextTo(String name) {
        WebElement input = field(name);
        assertThat(input.getAttribute("class")).as(name + " marked invalid").contains("is-invalid");
        return input.findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]")).getText();
    }

    /** The next file the page let the browser download, once it is complete. */
    public Path downloaded() {
        Path file = new WebDriverWait(driver, WAIT).until(d -> {
            try (var files = Files.list(downloads)) {
                List<Path> all = files.toList();
                // Chromium names the file at once and fills it under a .crdownload name: done when that is gone.
                if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> !taken.contains(f) && f.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        taken.add(file);
        return file;
    }

    /** The page fits a 1366 px wide screen: nothing sticks out sideways. */
    public void assertFitsScreen() {
        long scrollWidth = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("page width at " + currentPath()).isLessThanOrEqualTo(innerWidth);
    }

    /** Labels, headings, buttons, links and choices speak Chinese: no English words, no "null". */
    public void assertChineseLabels() {
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('label,button,th,a,h1,h2,h3,legend,summary,option,.alert'))"
                        + ".filter(e => e.offsetParent !== null || e.tagName === 'OPTION')"
                        + ".map(e => e.innerText || e.textContent)");
        for (String label : labels) {
            Matcher m = LATIN_WORD.matcher(label);
            while (m.find()) {
                assertThat(ALLOWED_LATIN).as("English word in '" + label.strip() + "' at " + currentPath())
                        .contains(m.group());
            }
        }
    }

    /**
     * Saves what the screen shows; {@code fullPage} takes the whole page (at most 4000 px), stitched from
     * screens scrolled one after the other, so the browser's own window is never resized under the test.
     */
    public Path screenshot(String name, boolean fullPage) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
        try {
            driver.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
            if (!fullPage) {
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
                return file;
            }
            int pageHeight = (int) Math.min(number("document.documentElement.scrollHeight"), 4000);
            int screenHeight = (int) number("window.innerHeight");
            BufferedImage page = null;
            for (int top = 0; top < pageHeight; top += screenHeight) {
                driver.executeScript("window.scrollTo({top: arguments[0], behavior: 'instant'})", top);
                int scrolled = (int) number("window.scrollY");
                BufferedImage screen = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
                if (page == null) {
                    page = new BufferedImage(screen.getWidth(), pageHeight, BufferedImage.TYPE_INT_RGB);
                }
                page.getGraphics().drawImage(screen, 0, scrolled, null);
            }
            driver.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
            ImageIO.write(page, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long number(String script) {
        return ((Number) driver.executeScript("return " + script)).longValue();
    }

    public Path screenshot(String name) {
        return screenshot(name, false);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
