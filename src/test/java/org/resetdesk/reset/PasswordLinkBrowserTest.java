package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Opens a password link in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) under the real
 * Content Security Policy and sets the password as a user would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class PasswordLinkBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    OutboxNotifier outbox;

    @BeforeAll
    static void startBrowser() {
        assertThat(CHROMIUM).as("Debian's chromium package (apt-get install chromium chromium-driver)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver package").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=800,900", "--lang=en-US");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void forgetThrottlesOfEarlierTests() {
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void user_typesTheNewPasswordTwiceAndSeesItDone() throws IOException {
        URI link = ResetChat.linkForJohn(port, outbox, "en-US", "I forgot my password");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(link.toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("password"))).sendKeys("Different-Words-11");
        browser.findElement(By.id("confirm")).sendKeys("Different-Words-12");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "not the same"));

        browser.findElement(By.id("password")).sendKeys("Marble-Orbit-Lantern-42");
        browser.findElement(By.id("confirm")).sendKeys("Marble-Orbit-Lantern-42");
        assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getCssValue("background-color"))
                .as("password.css is loaded under the Content Security Policy").isEqualTo("rgba(31, 58, 104, 1)");
        screenshot("password-link-form.png");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Done: your password was changed."));
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
        screenshot("password-link-done.png");
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved = Path.of("target", name);
        Files.createDirectories(saved.getParent());
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
    }
}
