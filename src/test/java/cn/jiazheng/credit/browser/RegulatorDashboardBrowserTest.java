package cn.jiazheng.credit.browser;

import cn.jiazheng.credit.identity.DemoCast;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county regulator (雁塔区) logs in with password and second factor in headless Chromium, sees the
 * dashboard in Chinese, and cannot reach an account of another county (碑林区) by typing its URL.
 */
class RegulatorDashboardBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCountyRegulatorSeesItsDashboardInChineseAndNothingOfAnotherCounty() throws Exception {
		browser.get(url("/"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
		Browser.screenshot(browser, "01-login-phone", true);

		// Outside the demo profile a regulator must set up the second factor first.
		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);

		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.findElement(By.id("dashboard-title")).getText()).contains("辖区监管概况")
			.contains("陕西省 / 西安市 / 雁塔区");
		String figures = browser.findElement(By.id("figures")).getText();
		assertThat(figures).contains("企业管理员账号").contains("企业子账号");
		long enterpriseAdmins = jdbc.sql("SELECT count(*) FROM identity.account WHERE role = 'ENTERPRISE_ADMIN' AND territory LIKE '610113%'")
			.query(Long.class).single();
		assertThat(browser.findElements(By.cssSelector(".figure"))
			.stream()
			.filter(f -> f.getText().contains("企业管理员账号"))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector(".value"))
			.getText()).isEqualTo(Long.toString(enterpriseAdmins));
		Browser.screenshot(browser, "02-regulator-dashboard", false);
		Browser.screenshot(browser, "03-regulator-dashboard-phone", true);

		long ownCounty = accountId("qiye");
		browser.get(url("/accounts/" + ownCounty));
		assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo("qiye");

		long otherCounty = accountId("qiye2");
		browser.get(url("/accounts/" + otherCounty));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("不存在或不在您的管辖范围内")
			.doesNotContain("碑林好帮手");
		Browser.screenshot(browser, "04-other-county-hidden", false);

		browser.get(url("/api/v1/accounts/" + otherCounty));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("404").doesNotContain("qiye2");
		browser.get(url("/accounts"));
		assertThat(browser.findElement(By.id("accounts")).getText()).contains("qiye").doesNotContain("qiye2");
	}

	private long accountId(String username) {
		return jdbc.sql("SELECT id FROM identity.account WHERE username = :u").param("u", username).query(Long.class).single();
	}

}
