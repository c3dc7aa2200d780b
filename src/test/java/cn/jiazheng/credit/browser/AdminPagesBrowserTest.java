package cn.jiazheng.credit.browser;

import cn.jiazheng.credit.identity.DemoCast;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform admin's pages in headless Chromium: the admin sets up the second factor, creates a
 * county regulator (handing over a one-time password), locks it only after confirming, and looks at
 * regions, the calendar and the audit trail, whose chain verifies. Screenshots go to target/screenshots.
 */
class AdminPagesBrowserTest extends BrowserTest {

	@Test
	void anAdministratorManagesAccountsAndChecksTheReferenceDataAndTheTrail() throws Exception {
		Browser.logIn(browser, url(""), "admin", DemoCast.PASSWORD);
		assertThat(browser.findElement(By.id("dashboard-title")).getText()).contains("平台运行概况");
		Browser.screenshot(browser, "10-admin-dashboard", false);

		browser.get(url("/admin/accounts"));
		browser.findElement(By.id("username")).sendKeys("changan");
		browser.findElement(By.id("displayName")).sendKeys("长安区商务局");
		new Select(browser.findElement(By.id("role"))).selectByValue("REGULATOR");
		browser.findElement(By.id("territory")).sendKeys("610116");
		Browser.clickAndWait(browser, By.cssSelector("main form.stack button[type=submit]"));
		assertThat(browser.findElement(By.id("one-time-password")).getText()).hasSize(12);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("陕西省 / 西安市 / 长安区");
		Browser.screenshot(browser, "11-admin-account-created", false);

		// Locking needs the confirmation box: the browser refuses to submit without it.
		String page = browser.getCurrentUrl();
		browser.findElement(By.cssSelector("form[action$='/lock'] button")).click();
		assertThat(browser.getCurrentUrl()).isEqualTo(page);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("正常");
		browser.findElement(By.cssSelector("form[action$='/lock'] input[name=confirm]")).click();
		Browser.clickAndWait(browser, By.cssSelector("form[action$='/lock'] button"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("账号已锁定").contains("已停用");

		browser.get(url("/admin/accounts"));
		browser.findElement(By.id("username")).sendKeys("x");
		browser.findElement(By.id("displayName")).sendKeys("测试");
		Browser.clickAndWait(browser, By.cssSelector("main form.stack button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".alert")).getText()).contains("用户名")
			.contains("3–40 位字母、数字");
		Browser.screenshot(browser, "12-admin-account-invalid", true);

		browser.get(url("/admin/regions"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("行政区划");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("陕西省");
		Browser.screenshot(browser, "13-admin-regions", false);

		browser.get(url("/admin/calendar?year=2025"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2025");
		Browser.screenshot(browser, "14-admin-calendar", false);
		Browser.screenshot(browser, "15-admin-calendar-phone", true);

		browser.get(url("/admin/audit"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("ACCOUNT_LOCK").contains("ACCOUNT_CREATE").contains("role=REGULATOR");
		Browser.clickAndWait(browser, By.cssSelector("form[action$='/admin/audit/verify'] button"));
		assertThat(browser.findElement(By.id("verify-result")).getText()).contains("链完整");
		Browser.screenshot(browser, "16-admin-audit", false);

		browser.get(url("/swagger-ui.html"));
		assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).as("the API documentation UI renders")
			.isNotBlank();
		assertThat(browser.findElement(By.cssSelector(".swagger-ui")).getText()).contains("/api/v1/enterprises").contains("/api/v1/accounts");
		Browser.screenshot(browser, "18-api-documentation", false);

		browser.get(url("/?lang=en"));
		assertThat(browser.findElement(By.id("dashboard-title")).getText()).contains("Platform at a glance");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		Browser.screenshot(browser, "17-admin-dashboard-english", false);
	}

}
