package cn.jiazheng.credit.browser;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise registers a worker and sees the ID number masked until it asks for the whole one;
 * the county regulator finds the worker by the ID number; another county does not.
 */
class WorkerBrowserTest extends BrowserTest {

	@Test
	void aWorkerIsRegisteredMaskedRevealedOnRequestAndFoundByIdNumber() throws Exception {
		ResidentId id = ResidentId.generate(RegionCode.of("610113"), LocalDate.of(1975, 6, 18), Gender.FEMALE,
				new SplittableRandom(20261123));
		Browser.logIn(browser, url(""), "qiye", DemoCast.PASSWORD);
		browser.get(url("/workers"));
		browser.findElement(By.id("name")).sendKeys("刘桂英");
		browser.findElement(By.id("residentId")).sendKeys(id.value().toLowerCase());
		browser.findElement(By.id("phone")).sendKeys("138 0000 1234");
		Browser.clickAndWait(browser, By.cssSelector("main form.stack button[type=submit]"));
		assertThat(browser.findElement(By.id("resident-id")).getText()).isEqualTo(id.masked());
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("19750618").contains("138****1234");
		Browser.screenshot(browser, "30-worker-masked-phone", true);
		Browser.clickAndWait(browser, By.id("reveal"));
		assertThat(browser.findElement(By.id("resident-id")).getText()).isEqualTo(id.value());
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("记入审计日志");
		Browser.logOut(browser);

		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);
		browser.get(url("/workers?q=" + id.value()));
		assertThat(browser.findElement(By.id("workers")).getText()).contains("刘桂英").contains(id.masked());
		Browser.screenshot(browser, "31-regulator-finds-worker", false);
		Browser.logOut(browser);

		Browser.logIn(browser, url(""), "beilin", DemoCast.PASSWORD);
		browser.get(url("/workers?q=" + id.value()));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("没有找到家政服务员").doesNotContain("刘桂英");
	}
}
