package cn.jiazheng.credit.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.jiazheng.credit.identity.internal.TotpCodes;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through the system chromedriver (no driver download). Where
 * they are missing the browser tests are skipped on a developer's machine but fail in CI, which
 * installs them.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** The authenticator keys set up during this run, by username, as a person's phone would keep them. */
	private static final java.util.Map<String, String> SECRETS = new java.util.concurrent.ConcurrentHashMap<>();

	private Browser() {
	}

	public static ChromeDriver start() throws IOException {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && System.getenv("CI") == null) {
			Assumptions.abort("Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=zh-CN", "--window-size=1280,900",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/**
	 * Logs in through the login page; where the account must set up its second factor, reads the key
	 * from the page and answers with the code an authenticator would show.
	 */
	public static void logIn(ChromeDriver driver, String baseUrl, String username, String password) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		clickAndWait(driver, By.id("login-submit"));
		if (driver.getCurrentUrl().endsWith("/login/totp/enrol")) {
			SECRETS.put(username, driver.findElement(By.id("totp-secret")).getText());
		}
		if (driver.getCurrentUrl().contains("/login/totp")) {
			driver.findElement(By.id("code")).sendKeys(TotpCodes.now(SECRETS.get(username)));
			clickAndWait(driver, By.cssSelector("main form button[type=submit]"));
		}
	}

	/** Ends the session as a person would, with the logout button. */
	public static void logOut(ChromeDriver driver) {
		clickAndWait(driver, By.cssSelector("form[action$='/logout'] button"));
	}

	/**
	 * Clicks what leads to another page and waits until that page has replaced this one, so that the
	 * next look is at the new page and not at the old one still on screen.
	 */
	public static void clickAndWait(ChromeDriver driver, By what) {
		org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(what).click();
		// Gone means any error from the old page's root: Chromium reports it as "stale" or, mid-navigation,
		// as a node that "does not belong to the document".
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	/** Saves a screenshot under target/screenshots, at desktop or phone width. */
	public static Path screenshot(ChromeDriver driver, String name, boolean phone) throws IOException {
		Dimension before = driver.manage().window().getSize();
		if (phone) {
			driver.manage().window().setSize(new Dimension(390, 844));
		}
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		if (phone) {
			driver.manage().window().setSize(before);
		}
		return target;
	}
}
