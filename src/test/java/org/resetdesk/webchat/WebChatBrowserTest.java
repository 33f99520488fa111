package org.resetdesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens the web chat page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a
 * downloaded browser) and talks to the bot as a visitor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        assertThat(CHROMIUM).as("Debian's chromium package (apt-get install chromium chromium-driver)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver package").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void page_visitorChatsClicksAnActionAndSwitchesToRomanian() throws IOException {
        browser.get("http://localhost:" + port + "/?lang=en");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        waitForText(wait, "What do you need?", 1);

        WebElement sendBox = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".webchat__send-box-text-box__input")));
        sendBox.sendKeys("hello", Keys.ENTER);
        waitForText(wait, "What do you need?", 2);

        clickSuggestedAction(wait, "Talk to the helpdesk");
        waitForText(wait, "You can reach the helpdesk here:", 1);

        browser.findElement(By.id("lang-ro")).click();
        waitForText(wait, "Bună, sunt", 1);
        assertThat(browser.findElement(By.id("lang-ro")).getAttribute("aria-pressed")).isEqualTo("true");
        clickSuggestedAction(wait, "Vorbește cu helpdesk-ul");
        waitForText(wait, "Poți contacta helpdesk-ul aici:", 1);

        assertThat(browser.findElement(By.id("outbox-title")).getText()).isEqualTo("Căsuță de test");

        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved = Path.of("target", "webchat-screenshot.png");
        Files.createDirectories(saved.getParent());
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        assertThat(saved).isNotEmptyFile();
    }

    @Test
    void widgetScript_isServedForEmbedding() {
        browser.get("http://localhost:" + port + "/widget.js");

        assertThat(browser.getPageSource()).contains("resetdesk-widget");
    }

    private static void waitForText(WebDriverWait wait, String text, int times) {
        wait.withMessage(() -> "'" + text + "' shown " + times + " time(s); page says: "
                + browser.findElement(By.tagName("body")).getText())
                .until(driver -> occurrences(driver.findElement(By.tagName("body")).getText(), text) >= times);
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static void clickSuggestedAction(WebDriverWait wait, String title) {
        By button = By.xpath("//button[contains(@class,'webchat__suggested-action')][contains(., '" + title + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }
}
