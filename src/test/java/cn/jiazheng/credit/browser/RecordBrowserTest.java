package cn.jiazheng.credit.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 信用信息录入与导入 (issue 4's record pages): a county regulator enters a record through the form, where a
 * decision date in the future is refused naming the field, and then imports a spreadsheet of records whose
 * report names the bad row's field before anything is saved. An enterprise of its own, not the demo cast's, so
 * that the other browser tests' grades stay as they are.
 */
class RecordBrowserTest extends BrowserTest {

	@Autowired
	EnterpriseFiles enterprises;

	@Test
	void aRecordIsEnteredByFormAndOthersImportedFromASpreadsheet() throws Exception {
		Actor admin = new Actor(0, "browser", "浏览器测试", Role.PLATFORM_ADMIN, null, null);
		String code = CreditCode.generate(RegionCode.of("610113"), new SplittableRandom(4242)).value();
		long enterprise = enterprises.register(admin, code, "西安雁塔录入测试家政", "610113");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		// The form: find the subject, enter a general administrative penalty; a future date is refused first.
		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);
		browser.get(url("/records/new"));
		browser.findElement(By.id("code")).sendKeys(code);
		Browser.clickAndWait(browser, By.id("find"));
		new Select(browser.findElement(By.id("typeCode"))).selectByValue("ADMIN_PENALTY_GENERAL");
		browser.findElement(By.id("sourceOrganisation")).sendKeys("西安市雁塔区市场监督管理局");
		browser.findElement(By.id("documentNumber")).sendKeys("雁市监罚〔2026〕88号");
		setDate(today.plusDays(3));
		browser.findElement(By.id("summary")).sendKeys("未按规定公示收费标准");
		Browser.screenshot(browser, "90-regulator-record-form-phone", true);
		Browser.clickAndWait(browser, By.id("save"));
		assertThat(browser.findElement(By.id("form-error")).getText()).contains("决定日期").contains("不能晚于今天");
		Browser.screenshot(browser, "91-regulator-record-future-date", false);

		setDate(today.minusDays(10));
		Browser.clickAndWait(browser, By.id("save"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已录入信用信息");
		assertThat(browser.findElement(By.id("record-details")).getText()).contains("雁市监罚〔2026〕88号");
		// General severity: published for at least 3 months and at most a year from the decision date.
		assertThat(browser.findElement(By.id("in-publicity")).getText()).contains(today.minusDays(10).plusYears(1).toString());
		Browser.screenshot(browser, "92-regulator-record-added", false);

		// The spreadsheet: one honour for the same enterprise, and a row whose type does not exist.
		Path csv = Files.createTempFile("信用信息", ".csv");
		String header = "主体类别,统一社会信用代码或居民身份证号码,信用信息类型代码,失信程度,来源单位,决定文书号,决定日期（年-月-日）,内容摘要";
		Files.writeString(csv, "\uFEFF" + header + "\n"
				+ "ENTERPRISE," + code + ",HONOUR,NONE,雁塔区商务局,雁商表〔2026〕9号," + today.minusDays(5) + ",家政服务示范企业\n"
				+ "ENTERPRISE," + code + ",NO_SUCH_TYPE,GENERAL,雁塔区商务局,雁商罚〔2026〕9号," + today.minusDays(5) + ",类型不存在\n",
				StandardCharsets.UTF_8);
		browser.get(url("/records/new"));
		Browser.clickAndWait(browser, By.id("bulk-import"));
		browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		Browser.clickAndWait(browser, By.cssSelector("#upload button[type=submit]"));
		assertThat(browser.findElement(By.id("valid")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("errors")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("problems")).getText()).contains("3").contains("信用信息类型");
		Browser.screenshot(browser, "93-regulator-record-import-report", false);

		browser.findElement(By.cssSelector("#apply input[name=confirm]")).click();
		Browser.clickAndWait(browser, By.cssSelector("#apply button[type=submit]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已导入");
		browser.get(url("/records?kind=ENTERPRISE&subject=" + enterprise));
		String listed = browser.findElement(By.tagName("main")).getText();
		LocalDate penalty = today.minusDays(10);
		assertThat(listed).contains("共 2 条").contains("荣誉表彰 " + today.minusDays(5))
			.contains("行政处罚（一般） " + penalty + " 自 " + penalty + " 起，最短至 " + penalty.plusMonths(3) + "，最长至 " + penalty.plusYears(1));
		Browser.screenshot(browser, "94-regulator-records-listed", false);
	}

	/** A date input's value, as the browser's date picker would set it (typing into it depends on the locale). */
	private void setDate(LocalDate day) {
		WebElement input = browser.findElement(By.id("decisionDate"));
		browser.executeScript("arguments[0].value = arguments[1]", input, day.toString());
	}
}
