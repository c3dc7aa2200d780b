package cn.jiazheng.credit.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county regulator uploads the enterprises it keeps in a spreadsheet: the report names the bad row,
 * field and rule before anything is saved; the regulator imports only the valid rows.
 */
class EnterpriseImportBrowserTest extends BrowserTest {

	@Test
	void aSpreadsheetIsCheckedFirstAndOnlyTheValidRowsAreImported() throws Exception {
		String good = CreditCode.generate(RegionCode.of("610113"), new SplittableRandom(8811)).value();
		String bad = good.substring(0, 17) + (good.endsWith("1") ? "2" : "1");
		Path csv = Files.createTempFile("企业名单", ".csv");
		Files.writeString(csv, "\uFEFF统一社会信用代码,企业名称,注册地行政区划代码\n" + good + ",西安雁塔巧姐家政服务部,610113\n" + bad
				+ ",西安雁塔错码家政,610113\n", StandardCharsets.UTF_8);

		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);
		browser.get(url("/enterprises/imports"));
		browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		Browser.clickAndWait(browser, By.cssSelector("#upload button[type=submit]"));
		assertThat(browser.findElement(By.id("valid")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("errors")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("problems")).getText()).contains("3").contains("统一社会信用代码").contains("校验位");
		Browser.screenshot(browser, "40-import-report", false);
		Browser.screenshot(browser, "41-import-report-phone", true);

		browser.findElement(By.cssSelector("#apply input[name=confirm]")).click();
		Browser.clickAndWait(browser, By.cssSelector("#apply button[type=submit]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已导入");
		browser.get(url("/enterprises?q=" + good));
		assertThat(browser.findElement(By.id("enterprises")).getText()).contains("西安雁塔巧姐家政服务部");
		browser.get(url("/enterprises?q=" + bad));
		assertThat(browser.findElement(By.id("enterprises")).getText()).doesNotContain("错码");
	}
}
