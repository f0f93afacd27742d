package id.jakpreneur.portal.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, driven by Selenium with explicit paths, so nothing is downloaded.
 * Without Chromium the browser tests are skipped with a message, except under CI ({@code CI=true}), where
 * a missing browser is a failure. Every page the browser is sent to ({@code get}), clicked through to, waited for,
 * logged in to or photographed is checked with axe-core ({@link Accessibility#check}): a serious or critical
 * WCAG 2.2 A/AA violation fails the test that saw it.
 */
public final class Browser {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY",
			"/usr/bin/chromedriver");

	private Browser() {
	}

	public static ChromeDriver start(int width, int height) throws IOException {
		boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!present) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true but Chromium/ChromeDriver are missing at " + CHROMIUM + " and "
						+ CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)");
			}
			Assumptions.abort("Browser tests skipped: install Debian's chromium and chromium-driver, or set "
					+ "CHROMIUM_BINARY and CHROMEDRIVER_BINARY");
		}
		Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=id", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.build();
		ChromeDriver driver = new CheckedChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
		// axe-core in every page as it loads, ready for Accessibility.check (which would otherwise send it each time)
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", Accessibility.script()));
		return driver;
	}

	/** The whole page, not only the visible part: the window grows to the page's height for the picture. */
	public static Path fullPageScreenshot(ChromeDriver driver, String name) throws IOException {
		Dimension before = driver.manage().window().getSize();
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + 200, 12000)));
		try {
			return screenshot(driver, name);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	/**
	 * Logs in through the portal's login form and waits until its redirect has left {@code /login}, so the next
	 * {@code get()} or look at the page does not race it (under load the click returns before the browser navigated).
	 */
	public static void logIn(ChromeDriver driver, String loginUrl, String email, String password) {
		driver.get(loginUrl);
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
		Accessibility.check(driver);
	}

	/**
	 * The current address once it ends with {@code suffix}: a click on a link or a submit button returns before the
	 * browser has navigated, so reading the address at once races the navigation. Fails, naming the address it found,
	 * when the browser is not there within 20 s (a suffix that can never match would otherwise cost 20 s a call).
	 */
	public static String urlOnceItEndsWith(ChromeDriver driver, String suffix) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith(suffix));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("expected an address ending with " + suffix + " within 20 s, but the browser is at "
					+ driver.getCurrentUrl(), ex);
		}
		Accessibility.check(driver);
		return driver.getCurrentUrl();
	}

	/**
	 * Whether the page shown now has an element that matches, answered at once: the implicit wait that lets
	 * {@code findElement} ride out a page still arriving would make every "no such element" cost three seconds.
	 * Ask only once the page has arrived ({@link #clickThrough}, {@code get} and {@link #logIn} wait for it).
	 */
	public static boolean has(ChromeDriver driver, By by) {
		return !elementsNow(driver, by).isEmpty();
	}

	/** The elements of the page shown now that match, found at once (see {@link #has}): empty if there are none. */
	public static List<WebElement> elementsNow(ChromeDriver driver, By by) {
		Duration implicitWait = driver.manage().timeouts().getImplicitWaitTimeout();
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return driver.findElements(by);
		}
		finally {
			driver.manage().timeouts().implicitlyWait(implicitWait);
		}
	}

	/** Empties the field with this id and types the text into it. */
	public static void type(ChromeDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** The page's width in CSS pixels, to check that nothing scrolls sideways. */
	public static int pageWidth(ChromeDriver driver) {
		return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
	}

	/** Scrolls the element to the middle of the window, clear of the sticky header, and clicks it. */
	public static void click(ChromeDriver driver, WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({ behavior: 'instant', block: 'center' })", element);
		element.click();
	}

	/**
	 * Clicks a link or a submit button and waits until the next page has replaced this one: the click returns
	 * before the browser navigated, so looking for an element the old page also has (a success message after a
	 * second form) would find the old one, which then goes stale.
	 */
	public static void clickThrough(ChromeDriver driver, WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		click(driver, element);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(page));
		Accessibility.check(driver);
	}

	/**
	 * Whether the page this element belonged to is gone. Mid-navigation Chromium may answer that the node "does not
	 * belong to the document" instead of reporting it stale: gone as well.
	 */
	private static boolean replaced(WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public static Path screenshot(ChromeDriver driver, String name) throws IOException {
		Accessibility.check(driver);
		Files.createDirectories(SCREENSHOTS);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		return target;
	}

	/** Chromium that checks the accessibility of every page it is sent to, so no test can forget to. */
	private static final class CheckedChromeDriver extends ChromeDriver {

		CheckedChromeDriver(ChromeDriverService service, ChromeOptions options) {
			super(service, options);
		}

		@Override
		public void get(String url) {
			super.get(url);
			if (url.startsWith("http")) {
				Accessibility.check(this);
			}
		}

	}

}
