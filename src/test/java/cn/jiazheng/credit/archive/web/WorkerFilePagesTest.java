package cn.jiazheng.credit.archive.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 一人一档 through its pages, as the demo accounts log in: the enterprise saves a draft, is refused
 * submission until the worker's letter is on file, the county regulator reviews the differences and
 * returns it with a reason the enterprise reads, then approves; a background check shows each reader
 * only what they may see.
 */
@PlatformTest
class WorkerFilePagesTest {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n签名：李春梅".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	Consents consents;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	private DemoData.Cast cast;

	private String residentId;

	@BeforeEach
	void theDemoCast() {
		cast = demo.seedCast();
		residentId = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE)
			.value();
	}

	@Test
	void aFileIsDraftedRefusedWithoutConsentReturnedFixedAndReleased() throws Exception {
		String location = mvc.perform(as("qiye", post("/workers").param("name", "李春梅").param("residentId", residentId)))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/workers/");
		long worker = Long.parseLong(location.substring("/workers/".length()));

		String first = page("qiye", "/workers/" + worker);
		assertThat(first).contains("未建档").contains("编辑档案").doesNotContain("id=\"file-form\"");
		assertThat(views(worker)).as("looking at the page opens nothing").isZero();

		String edit = page("qiye", "/workers/" + worker + "/edit");
		assertThat(edit).contains("id=\"file-form\"").contains("五级/初级工").contains("一级/高级技师");
		String refused = page("qiye", filled(post("/workers/" + worker + "/file"), "西安市雁塔区长安南路 100 号", "十二"));
		assertThat(refused).as("the field and the row are named").contains("学时（第 1 条）").contains("培训学时“十二”无效");

		mvc.perform(as("qiye", filled(post("/workers/" + worker + "/file"), "西安市雁塔区长安南路 100 号")));
		String saved = page("qiye", "/workers/" + worker);
		assertThat(saved).contains("草稿").contains("陕西省渭南市").contains("四级/中级工").contains("育婴员培训")
			.as("the address is masked on the page").doesNotContain("长安南路 100 号");

		String noConsent = page("qiye", post("/workers/" + worker + "/submission"));
		assertThat(noConsent).contains("尚未签署有效的信用信息授权书").contains("/workers/" + worker + "/consents");
		Actor qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		consents.fileLetter(qiye, worker, PDF, Set.of(ConsentScope.PLATFORM_SHARING));
		mvc.perform(as("qiye", post("/workers/" + worker + "/submission")));
		assertThat(page("qiye", "/workers/" + worker)).contains("待审核").doesNotContain("id=\"submit-file\"");

		String review = page("yanta", "/workers/" + worker);
		assertThat(review).contains("id=\"differences\"").contains("现住址").contains("西安市雁塔区长安南路 100 号")
			.contains("合格").contains("保洁");
		mvc.perform(as("yanta", post("/workers/" + worker + "/revisions/1/return").param("reason", "体检机构请写全称")));
		String returned = page("qiye", "/workers/" + worker);
		assertThat(returned).contains("id=\"return-reason\"").contains("退回原因：体检机构请写全称");

		mvc.perform(as("qiye", filled(post("/workers/" + worker + "/file"), "西安市雁塔区长安南路 102 号")));
		mvc.perform(as("qiye", post("/workers/" + worker + "/submission")));
		mvc.perform(as("yanta", post("/workers/" + worker + "/revisions/1/approval")));
		String released = page("yanta", "/workers/" + worker);
		assertThat(released).contains("已发布").contains("id=\"history\"").contains("yanta");
		assertThat(page("yanta", "/workers?state=RELEASED&q=李春梅")).contains("李春梅");
		assertThat(page("yanta", "/workers?state=NONE&q=李春梅")).doesNotContain("/workers/" + worker + "\"");
		assertThat(page("yanta", "/workers?state=RELEASED&q=" + residentId)).as("an ID number within a state").contains("李春梅");

		String api = mvc.perform(as("qiye", get("/api/v1/workers/" + worker + "/revisions"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("\"state\":\"RELEASED\"").doesNotContain("长安南路 102 号");
		String whole = mvc.perform(as("qiye", get("/api/v1/workers/" + worker + "/revisions/1"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(whole).contains("长安南路 102 号");
	}

	@Test
	void aBackgroundCheckShowsEachReaderWhatTheyMaySee() throws Exception {
		String location = mvc.perform(as("qiye", post("/workers").param("name", "赵桂香").param("residentId", residentId)))
			.andReturn().getResponse().getRedirectedUrl();
		long worker = Long.parseLong(location.substring("/workers/".length()));

		String unconfirmed = page("yanta", check(worker).param("result", "NOT_CLEAR"));
		assertThat(unconfirmed).contains("请勾选确认后再录入核查结果");
		String noCategory = page("yanta", check(worker).param("result", "NOT_CLEAR").param("confirm", "true").param("category", ""));
		assertThat(noCategory).contains("类别").contains("此项为必填项");
		mvc.perform(as("yanta", check(worker).param("result", "NOT_CLEAR").param("category", "盗窃").param("confirm", "true")));

		String enterprise = page("qiye", "/workers/" + worker);
		assertThat(enterprise).contains("未通过").doesNotContain("盗窃").doesNotContain("西安市公安局雁塔分局")
			.doesNotContain("类别仅限经授权人员查看");
		String city = page("xian", "/workers/" + worker);
		assertThat(city).contains("未通过").contains("西安市公安局雁塔分局").contains("盗窃");
		String county = page("yanta", "/workers/" + worker);
		assertThat(county).contains("未通过").contains("西安市公安局雁塔分局").contains("类别仅限经授权人员查看")
			.doesNotContain("盗窃");
		String api = mvc.perform(as("qiye", get("/api/v1/workers/" + worker + "/background-checks/latest"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("\"result\":\"NOT_CLEAR\"").doesNotContain("盗窃").doesNotContain("公安");
	}

	private MockHttpServletRequestBuilder check(long worker) {
		return post("/workers/" + worker + "/background-checks").param("checkedOn", LocalDate.now().minusDays(3).toString())
			.param("authority", "西安市公安局雁塔分局")
			.param("validUntil", LocalDate.now().plusYears(1).toString());
	}

	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String address) {
		return filled(request, address, "120");
	}

	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String address, String hours) {
		LocalDate examined = LocalDate.now().minusMonths(1);
		return request.param("nativePlace", "陕西省渭南市")
			.param("address", address)
			.param("serviceCategories", "CLEANING", "INFANT_CARE")
			.param("skillLevel", "LEVEL_4")
			.param("healthExaminedOn", examined.toString())
			.param("healthInstitution", "西安市雁塔区妇幼保健院")
			.param("healthResult", "FIT")
			.param("healthValidUntil", examined.plusYears(1).toString())
			.param("trainings[0].course", "育婴员培训")
			.param("trainings[0].hours", hours)
			.param("trainings[0].institution", "西安家政职业培训学校")
			.param("trainings[0].completedOn", examined.minusMonths(6).toString())
			.param("trainings[1].course", "")
			.param("insurances[0].type", "家政服务意外险")
			.param("insurances[0].insurer", "中国人寿财产保险股份有限公司")
			.param("insurances[0].policyNumber", "PICC2026001")
			.param("insurances[0].validFrom", examined.toString())
			.param("insurances[0].validUntil", examined.plusYears(1).toString());
	}

	private String page(String username, String path) throws Exception {
		return page(username, get(path));
	}

	private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(as(username, request)).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		RequestPostProcessor who = user(logins.loadUserByUsername(username));
		return request.with(who).with(csrf());
	}

	private long views(long worker) {
		return jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'SENSITIVE_VIEW' AND target_type = 'worker' AND target_id = :id")
			.param("id", Long.toString(worker))
			.query(Long.class)
			.single();
	}
}
