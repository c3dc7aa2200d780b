package cn.jiazheng.credit.browser;

import cn.jiazheng.credit.identity.DemoCast;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * 采集、审核、发布 in headless Chromium: the enterprise admin changes the released file and submits it;
 * the county regulator sees the change field by field and returns it with a reason; the enterprise
 * reads the reason, fixes and resubmits; the regulator approves and the new revision is released.
 */
class EnterpriseFileBrowserTest extends BrowserTest {

	@Test
	void anEnterpriseChangeIsReturnedFixedAndReleased() throws Exception {
		Browser.logIn(browser, url(""), "qiye", DemoCast.PASSWORD);
		browser.get(url("/enterprise/file"));
		assertThat(browser.findElement(By.id("enterprise-name")).getText()).isEqualTo("西安安心家政服务有限公司");
		replace("contactPhone", "029-8888");
		Browser.clickAndWait(browser, By.id("save-draft"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已保存为第");
		Browser.clickAndWait(browser, By.id("submit-file"));
		assertThat(browser.findElement(By.id("form-error")).getText()).as("the rule and the field are named")
			.contains("联系电话").contains("029-8888").contains("11 位手机号码或带区号的固定电话");
		Browser.screenshot(browser, "20-enterprise-submit-refused", true);
		replace("contactPhone", "029-88886666");
		Browser.clickAndWait(browser, By.id("save-draft"));
		Browser.clickAndWait(browser, By.id("submit-file"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已提交审核").contains("待审核");
		Browser.logOut(browser);

		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);
		browser.get(url("/reviews"));
		Browser.clickAndWait(browser, By.linkText("西安安心家政服务有限公司"));
		assertThat(browser.findElement(By.id("differences")).getText()).contains("联系电话").contains("029-88886666")
			.doesNotContain("法定代表人");
		Browser.screenshot(browser, "21-regulator-review-diff", false);
		browser.findElement(By.id("reason")).sendKeys("固定电话请补充分机号，便于消费者联系");
		Browser.clickAndWait(browser, By.id("return"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已退回");
		Browser.logOut(browser);

		Browser.logIn(browser, url(""), "qiye", DemoCast.PASSWORD);
		browser.get(url("/enterprise/file"));
		assertThat(browser.findElement(By.id("return-reason")).getText()).contains("固定电话请补充分机号");
		Browser.screenshot(browser, "22-enterprise-sees-return-reason", true);
		replace("contactPhone", "13991234567");
		Browser.clickAndWait(browser, By.id("save-draft"));
		Browser.clickAndWait(browser, By.id("submit-file"));
		Browser.logOut(browser);

		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);
		browser.get(url("/reviews"));
		Browser.clickAndWait(browser, By.linkText("西安安心家政服务有限公司"));
		Browser.clickAndWait(browser, By.id("approve"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("审核通过，档案已发布").contains("13991234567");
		assertThat(browser.findElement(By.id("history")).getText()).contains("已发布").contains("已被新版本替代");
		Browser.screenshot(browser, "23-regulator-released", false);
	}

	private void replace(String id, String value) {
		browser.findElement(By.id(id)).clear();
		browser.findElement(By.id(id)).sendKeys(value);
	}

}
