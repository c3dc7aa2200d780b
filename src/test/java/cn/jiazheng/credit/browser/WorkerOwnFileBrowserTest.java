package cn.jiazheng.credit.browser;

import cn.jiazheng.credit.identity.DemoCast;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker sees her own file and who has looked at her sensitive data: her enterprise's admin and
 * the county regulator each open her whole identifiers; she logs in and finds both in her access log.
 */
class WorkerOwnFileBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWorkerSeesWhoLookedAtHerData() throws Exception {
		long worker = jdbc.sql("SELECT w.id FROM archive.worker w JOIN identity.account a ON a.id = w.account_id WHERE a.username = 'ayi'")
			.query(Long.class).single();

		Browser.logIn(browser, url(""), "qiye", DemoCast.PASSWORD);
		browser.get(url("/workers/" + worker));
		Browser.clickAndWait(browser, By.id("reveal"));
		Browser.logOut(browser);
		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);
		browser.get(url("/workers/" + worker));
		Browser.clickAndWait(browser, By.id("reveal"));
		Browser.logOut(browser);

		Browser.logIn(browser, url(""), "ayi", DemoCast.PASSWORD);
		browser.get(url("/me"));
		assertThat(browser.findElement(By.id("own-name")).getText()).isEqualTo("王秀兰");
		assertThat(browser.findElement(By.id("employer")).getText()).isEqualTo("西安安心家政服务有限公司");
		String views = browser.findElement(By.id("views")).getText();
		assertThat(views).contains("qiye").contains("企业管理员").contains("yanta").contains("主管部门");
		Browser.screenshot(browser, "50-worker-own-access-log-phone", true);
	}
}
