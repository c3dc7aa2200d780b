package cn.jiazheng.credit.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.identity.Accounts;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一人一档 from registration to release in headless Chromium: the enterprise admin registers a new
 * worker, uploads her signed authorisation letter and fills in her file; submits; the county regulator
 * returns it with a reason; the enterprise reads the reason, fixes and resubmits; the regulator
 * approves. The platform admin then creates the worker's account on the account page (linking it to
 * her file is done through the Workers service: there is no page for that yet), and the worker finds
 * her released file and the regulator's look in her access log.
 */
class WorkerFileBrowserTest extends BrowserTest {

	private static final String NAME = "陈淑芬";

	private static final String REASON = "体检机构请填写全称（须与体检报告一致）";

	@Autowired
	Workers workers;

	@Autowired
	Accounts accounts;

	@Test
	void aWorkerFileIsSubmittedReturnedFixedReleasedAndSeenByTheWorker() throws Exception {
		// A birth date and seed the demo data do not use, so the ID number is new.
		String residentId = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE).value();

		// (1) The enterprise registers her, files her letter and fills in her file.
		Browser.logIn(browser, url(""), "qiye", DemoCast.PASSWORD);
		browser.get(url("/workers"));
		browser.findElement(By.id("name")).sendKeys(NAME);
		browser.findElement(By.id("residentId")).sendKeys(residentId);
		Browser.clickAndWait(browser, By.id("register-worker"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("家政服务员已登记");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("未建档");
		String workerPage = browser.getCurrentUrl();
		long worker = Long.parseLong(workerPage.substring(workerPage.lastIndexOf('/') + 1));
		Browser.screenshot(browser, "70-worker-registered-phone", true);

		Browser.clickAndWait(browser, By.id("consents"));
		Path letter = Files.createTempFile("authorisation-letter-", ".pdf");
		Files.write(letter, ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n信用信息授权书 签名：" + NAME).getBytes(StandardCharsets.UTF_8));
		browser.findElement(By.id("file")).sendKeys(letter.toAbsolutePath().toString());
		Browser.clickAndWait(browser, By.id("file-letter"));
		assertThat(browser.findElement(By.id("letters")).getText()).contains("qiye");
		Files.delete(letter);
		Browser.screenshot(browser, "71-worker-letter-filed", false);

		browser.get(workerPage);
		Browser.clickAndWait(browser, By.id("edit-file"));
		fillIn("西安市雁塔区妇幼");
		Browser.screenshot(browser, "72-worker-file-form-phone", true);
		Browser.clickAndWait(browser, By.id("save-draft"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("已保存为第 1 版草稿");
		assertThat(browser.findElement(By.id("file")).getText()).contains("陕西省渭南市").contains("四级/中级工")
			.as("the address is masked on the page").doesNotContain("长安南路 100 号");

		// (2) The enterprise admin submits.
		Browser.clickAndWait(browser, By.id("submit-file"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已提交审核").contains("待审核");
		Browser.screenshot(browser, "73-worker-file-submitted", false);
		Browser.logOut(browser);

		// (3) The county regulator sees the file field by field and returns it with a reason.
		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);
		browser.get(url("/reviews?kind=WORKER"));
		Browser.clickAndWait(browser, By.linkText(NAME));
		assertThat(browser.findElement(By.id("differences")).getText()).contains("现住址").contains("西安市雁塔区长安南路 100 号")
			.contains("西安市雁塔区妇幼").contains("保洁");
		Browser.screenshot(browser, "74-regulator-worker-diff", false);
		browser.findElement(By.id("reason")).sendKeys(REASON);
		Browser.clickAndWait(browser, By.id("return"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已退回");
		Browser.logOut(browser);

		// (4) The enterprise reads the reason, fixes the file and submits it again.
		Browser.logIn(browser, url(""), "qiye", DemoCast.PASSWORD);
		browser.get(workerPage);
		assertThat(browser.findElement(By.id("return-reason")).getText()).contains(REASON);
		Browser.screenshot(browser, "75-enterprise-sees-worker-return-reason-phone", true);
		Browser.clickAndWait(browser, By.id("edit-file"));
		assertThat(browser.findElement(By.id("address")).getAttribute("value")).as("the form holds the whole file")
			.isEqualTo("西安市雁塔区长安南路 100 号");
		replace("healthInstitution", "西安市雁塔区妇幼保健院");
		Browser.clickAndWait(browser, By.id("save-draft"));
		Browser.clickAndWait(browser, By.id("submit-file"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已提交审核");
		Browser.logOut(browser);

		// (5) The regulator approves; the file is released.
		Browser.logIn(browser, url(""), "yanta", DemoCast.PASSWORD);
		browser.get(url("/reviews?kind=WORKER"));
		Browser.clickAndWait(browser, By.linkText(NAME));
		assertThat(browser.findElement(By.id("differences")).getText()).contains("西安市雁塔区妇幼保健院");
		Browser.clickAndWait(browser, By.id("approve"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("审核通过，档案已发布");
		assertThat(browser.findElement(By.id("history")).getText()).contains("已发布").contains("yanta");
		Browser.screenshot(browser, "76-regulator-worker-released", false);
		Browser.logOut(browser);

		// (6) The platform admin creates her account on the account page; it is linked to her file
		// through the service, as the demo links ayi's.
		Browser.logIn(browser, url(""), "admin", DemoCast.PASSWORD);
		browser.get(url("/admin/accounts"));
		String username = "chenshufen";
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("displayName")).sendKeys(NAME);
		new Select(browser.findElement(By.id("role"))).selectByValue("WORKER");
		Browser.clickAndWait(browser, By.cssSelector("main form.stack button[type=submit]"));
		String oneTimePassword = browser.findElement(By.id("one-time-password")).getText();
		Browser.logOut(browser);
		Actor admin = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);
		workers.linkAccount(admin, worker, accounts.idOf(username).orElseThrow());

		Browser.logIn(browser, url(""), username, oneTimePassword);
		assertThat(browser.getCurrentUrl()).as("a one-time password is changed first").endsWith("/account/password");
		String password = "Chen@Shufen2026";
		browser.findElement(By.id("currentPassword")).sendKeys(oneTimePassword);
		browser.findElement(By.id("newPassword")).sendKeys(password);
		browser.findElement(By.id("repeatPassword")).sendKeys(password);
		Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
		browser.get(url("/me"));
		assertThat(browser.findElement(By.id("own-name")).getText()).isEqualTo(NAME);
		assertThat(browser.findElement(By.id("own-file")).getText()).as("her released file, whole")
			.contains("西安市雁塔区长安南路 100 号").contains("西安市雁塔区妇幼保健院").contains("合格").contains("育婴员培训");
		assertThat(browser.findElement(By.id("own-background")).getText()).contains("尚无犯罪背景核查结果");
		String views = browser.findElement(By.id("views")).getText();
		assertThat(views).contains("yanta").contains("主管部门").as("her own look at her file is left out").doesNotContain(username);
		Browser.screenshot(browser, "77-worker-sees-released-file-phone", true);
	}

	private void fillIn(String institution) {
		replace("nativePlace", "陕西省渭南市");
		replace("address", "西安市雁塔区长安南路 100 号");
		browser.findElement(By.cssSelector("#file-form input[type=checkbox][value=CLEANING]")).click();
		browser.findElement(By.cssSelector("#file-form input[type=checkbox][value=INFANT_CARE]")).click();
		new Select(browser.findElement(By.id("skillLevel"))).selectByValue("LEVEL_4");
		LocalDate examined = LocalDate.now().minusMonths(1);
		date("healthExaminedOn", examined);
		replace("healthInstitution", institution);
		new Select(browser.findElement(By.id("healthResult"))).selectByValue("FIT");
		date("healthValidUntil", examined.plusYears(1));
		replace("trainings0.course", "育婴员培训");
		replace("trainings0.hours", "120");
		replace("trainings0.institution", "西安家政职业培训学校");
		date("trainings0.completedOn", examined.minusMonths(6));
		replace("insurances0.type", "家政服务意外险");
		replace("insurances0.insurer", "中国人寿财产保险股份有限公司");
		replace("insurances0.policyNumber", "PICC2026001");
		date("insurances0.validFrom", examined);
		date("insurances0.validUntil", examined.plusYears(1));
	}

	private void replace(String id, String value) {
		browser.findElement(By.id(id)).clear();
		browser.findElement(By.id(id)).sendKeys(value);
	}

	/** Date inputs take keys in the browser's own order of fields; the value is what the form sends. */
	private void date(String id, LocalDate value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
				value.toString());
	}
}
