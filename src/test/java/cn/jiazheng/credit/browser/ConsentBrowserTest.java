package cn.jiazheng.credit.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 授权 in the browser: the demo worker grants consumer queries on her own consent page and revokes them
 * again once she has ticked the confirmation; an enterprise binds a worker without an account by
 * uploading her signed letter on its proposal.
 */
class ConsentBrowserTest extends BrowserTest {

	@Autowired
	Workers workers;

	@Test
	void theWorkerGrantsAndRevokesOnHerOwnPage() throws Exception {
		Browser.logIn(browser, url(""), "ayi", DemoCast.PASSWORD);
		browser.get(url("/me"));
		Browser.clickAndWait(browser, By.id("own-consents"));
		By consumer = By.id("scope-CONSUMER_QUERIES");
		Browser.clickAndWait(browser, By.cssSelector("#scope-CONSUMER_QUERIES button.grant"));
		assertThat(browser.findElement(consumer).getText()).contains("已授权").contains("撤回后");
		Browser.screenshot(browser, "70-worker-consents-phone", true);
		browser.findElement(By.cssSelector("#scope-CONSUMER_QUERIES input[name=confirm]")).click();
		Browser.clickAndWait(browser, By.cssSelector("#scope-CONSUMER_QUERIES button.revoke"));
		assertThat(browser.findElement(consumer).getText()).contains("未授权");
		assertThat(browser.findElement(By.id("consent-history")).getText()).contains("撤回").contains("本人");
		Browser.logOut(browser);
	}

	@Test
	void anEnterpriseBindsAWorkerWithoutAnAccountThroughHerLetter() throws Exception {
		Actor qiye = new Actor(0, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), demo.seedCast().demoEnterprise());
		ResidentId id = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		workers.register(qiye, "孙桂英", id.value(), null);
		Path letter = Files.createTempFile("letter-", ".pdf");
		Files.writeString(letter, "%PDF-1.4 签名：孙桂英", StandardCharsets.UTF_8);
		try {
			Browser.logIn(browser, url(""), "qiye2", DemoCast.PASSWORD);
			browser.get(url("/employments"));
			browser.findElement(By.id("residentId")).sendKeys(id.value());
			Browser.clickAndWait(browser, By.id("propose"));
			browser.findElement(By.cssSelector("details.proposal-letter summary")).click();
			browser.findElement(By.cssSelector("details.proposal-letter input[type=file]")).sendKeys(letter.toString());
			Browser.screenshot(browser, "71-enterprise-letter-for-proposal", false);
			Browser.clickAndWait(browser, By.cssSelector("details.proposal-letter button[type=submit]"));
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("绑定已生效").contains("孙桂英");
			Browser.logOut(browser);
		}
		finally {
			Files.delete(letter);
		}
	}
}
