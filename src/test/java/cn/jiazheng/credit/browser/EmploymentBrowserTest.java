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
 * 用工绑定 in the browser: another enterprise proposes to employ the demo worker 王秀兰; she confirms on
 * her own page and her file moves there; her first employer then proposes again and she goes back,
 * leaving the demo as it was.
 */
class EmploymentBrowserTest extends BrowserTest {

	/** The demo worker's ID number, as the demo data make it. */
	private static final String AYI = ResidentId.generate(RegionCode.of("610113"), LocalDate.of(1976, 4, 12), Gender.FEMALE,
			new SplittableRandom(20263)).value();

	@Test
	void aWorkerConfirmsANewEmployerAndHerFileMoves() throws Exception {
		propose("qiye2");
		Browser.logIn(browser, url(""), "ayi", DemoCast.PASSWORD);
		browser.get(url("/me"));
		assertThat(browser.findElement(By.id("own-employments")).getText()).contains("碑林好帮手家政服务部").contains("待本人确认");
		Browser.screenshot(browser, "60-worker-proposal-phone", true);
		Browser.clickAndWait(browser, By.cssSelector(".confirm-employment"));
		assertThat(browser.findElement(By.id("employer")).getText()).isEqualTo("碑林好帮手家政服务部");
		assertThat(browser.findElement(By.id("own-employments")).getText()).contains("已解除").contains("在职");
		Browser.logOut(browser);

		propose("qiye");
		Browser.logIn(browser, url(""), "ayi", DemoCast.PASSWORD);
		browser.get(url("/me"));
		Browser.clickAndWait(browser, By.cssSelector(".confirm-employment"));
		assertThat(browser.findElement(By.id("employer")).getText()).isEqualTo("西安安心家政服务有限公司");
		Browser.logOut(browser);
	}

	private void propose(String enterpriseAdmin) {
		Browser.logIn(browser, url(""), enterpriseAdmin, DemoCast.PASSWORD);
		browser.get(url("/employments"));
		browser.findElement(By.id("residentId")).sendKeys(AYI);
		Browser.clickAndWait(browser, By.id("propose"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已发起绑定").contains("待本人确认");
		Browser.logOut(browser);
	}
}
