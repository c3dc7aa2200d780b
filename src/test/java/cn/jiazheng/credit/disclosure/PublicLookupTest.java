package cn.jiazheng.credit.disclosure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.FreshResidentIds;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.rating.RatingPublication;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.Ratings;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 公示查询: anyone looks up a released demo enterprise by its 统一社会信用代码 and sees its final grade and
 * the records in publicity, and nothing else: no record out of publicity, no summary, no ID number.
 */
@PlatformTest
class PublicLookupTest {

	private static final Pattern ID_LIKE = Pattern.compile("\\d{17}[\\dX]");

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	DemoData demo;

	@Autowired
	EnterpriseFiles enterprises;

	@Autowired
	Ratings ratings;

	@Autowired
	RatingPublication publication;

	@Autowired
	CreditRecords records;

	@Autowired
	PublicProfiles profiles;

	private final Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private long own;

	private String code;

	@BeforeEach
	void data() {
		fixtures.prepare();
		own = demo.seedCast().demoEnterprise();
		code = enterprises.get(yanta, own).creditCode().value();
	}

	private RatingRun finalisedRun() throws InterruptedException {
		long id = ratings.start(yanta, "ordos-enterprise", null, RunKind.FULL, null).id();
		for (int i = 0; i < 600 && !ratings.run(yanta, id).finished(); i++) {
			Thread.sleep(50);
		}
		publication.publish(yanta, id, LocalDate.of(2025, 9, 26));
		return publication.finalise(yanta, id, LocalDate.of(2025, 10, 24));
	}

	/**
	 * Someone looked the enterprise up before the records and the finalisation below: the profile they got is
	 * kept (the same answer twice), and the changes must still show at once afterwards.
	 */
	private void lookedUpEarlier() throws InterruptedException {
		PublicProfile first = profiles.lookup(code, Locale.CHINA);
		for (int i = 0; i < 100 && profiles.lookup(code, Locale.CHINA) != first; i++) {
			// The cache opens once its listening connection is up, a moment after start.
			Thread.sleep(50);
			first = profiles.lookup(code, Locale.CHINA);
		}
		assertThat(profiles.lookup(code, Locale.CHINA)).as("a looked-up profile is kept").isSameAs(first);
	}

	@Test
	void anyoneSeesTheFinalGradeAndTheRecordsInPublicityButNoPersonalDataAndNothingOutOfPublicity() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		lookedUpEarlier();
		String tag = Long.toString(new SplittableRandom().nextLong(1_000_000_000L));
		ResidentId someone = FreshResidentIds.of("610113", Gender.FEMALE);
		String summary = "服务员张某某（身份证号 " + someone.value() + "）投诉属实 " + tag;
		records.add(yanta, new NewRecord(SubjectKind.ENTERPRISE, own, "ADMIN_PENALTY_GENERAL", "雁塔区市场监督管理局",
				"雁市监罚〔公示〕" + tag + "号", today.minusDays(10), summary), List.of());
		records.add(yanta, new NewRecord(SubjectKind.ENTERPRISE, own, "ADMIN_PENALTY_GENERAL", "雁塔区市场监督管理局",
				"雁市监罚〔期满〕" + tag + "号", today.minusYears(2), "公示期已满的处罚 " + tag), List.of());
		RatingRun run = finalisedRun();
		assertThat(run.finalisedOn()).isEqualTo(LocalDate.of(2025, 10, 24));

		MockHttpServletResponse page = mvc.perform(get("/public/enterprises/" + code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("西安安心家政服务有限公司")))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("雁塔区")))
			.andExpect(content().string(containsString("已发布")))
			.andExpect(content().string(containsString("id=\"grade-ordos-enterprise\"")))
			.andExpect(content().string(containsString("2025-10-24")))
			.andExpect(content().string(containsString("行政处罚（一般）")))
			.andExpect(content().string(containsString("雁市监罚〔公示〕" + tag + "号")))
			.andExpect(content().string(containsString("雁塔区市场监督管理局")))
			.andExpect(content().string(containsString(today.minusDays(10).plusYears(1).toString())))
			.andReturn()
			.getResponse();
		String html = page.getContentAsString();
		assertThat(html).as("a record whose publicity ended is not shown").doesNotContain("〔期满〕" + tag);
		assertThat(html).as("summaries may name people").doesNotContain(tag + "</").doesNotContain("张某某");
		assertThat(html).doesNotContain(someone.value());
		assertNoResidentId(html);
		assertThat(page.getHeaders("Set-Cookie")).as("an anonymous lookup opens no session").noneMatch(c -> c.startsWith("SESSION"));

		MockHttpServletResponse api = mvc.perform(get("/api/v1/public/enterprises/" + code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.creditCode").value(code))
			.andExpect(jsonPath("$.name").value("西安安心家政服务有限公司"))
			.andExpect(jsonPath("$.regionCode").value("610113"))
			.andExpect(jsonPath("$.released").value(true))
			.andExpect(jsonPath("$.grades[0].modelId").value("ordos-enterprise"))
			.andExpect(jsonPath("$.grades[0].finalisedOn").value("2025-10-24"))
			.andExpect(jsonPath("$.grades[0].bandLabel").isNotEmpty())
			.andExpect(jsonPath("$.records[?(@.documentNumber == '雁市监罚〔公示〕" + tag + "号')].publicityEnd")
				.value(today.minusDays(10).plusYears(1).toString()))
			.andExpect(jsonPath("$.records[?(@.documentNumber == '雁市监罚〔期满〕" + tag + "号')]").isEmpty())
			.andReturn()
			.getResponse();
		String json = api.getContentAsString();
		assertThat(json).doesNotContain(someone.value()).doesNotContain("张某某").doesNotContain("summary");
		assertNoResidentId(json);

		// The form's way in: spaces and lower case are forgiven, as a person types them.
		mvc.perform(get("/public/enterprises").param("code", " " + code.substring(0, 9).toLowerCase() + " " + code.substring(9) + " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("雁市监罚〔公示〕" + tag + "号")));
	}

	/** Nothing changed, so nothing is read again: the listening connection's quiet waits drop nothing. */
	@Test
	void aKeptProfileStaysKeptWhileNothingChanges() throws Exception {
		lookedUpEarlier();
		PublicProfile kept = profiles.lookup(code, Locale.CHINA);
		Thread.sleep(1_500);
		assertThat(profiles.lookup(code, Locale.CHINA)).isSameAs(kept);
	}

	@Test
	void theEmptyFormIsOpenToAnyone() throws Exception {
		mvc.perform(get("/public/enterprises"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lookup-form\"")))
			.andExpect(content().string(containsString("统一社会信用代码")));
	}

	@Test
	void aBadCodeIs400NamingTheFieldAndTheRule() throws Exception {
		mvc.perform(get("/public/enterprises").param("code", "91610113MA6X0000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("creditCode")))
			.andExpect(content().string(containsString("长度错误：应为 18 位，实为 16 位")))
			.andExpect(content().string(containsString("id=\"lookup-form\"")));
		String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		mvc.perform(get("/api/v1/public/enterprises/" + wrongCheck))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.detail").value(containsString("校验位错误")));
		mvc.perform(get("/api/v1/public/enterprises/" + wrongCheck).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
	}

	@Test
	void anUnknownCodeIs404WithAFriendlyPage() throws Exception {
		String unknown = CreditCode.generate(RegionCode.of("610113"), new SplittableRandom()).value();
		mvc.perform(get("/public/enterprises/" + unknown))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到统一社会信用代码为“" + unknown + "”的家政企业")))
			.andExpect(content().string(containsString("id=\"lookup-form\"")));
		mvc.perform(get("/api/v1/public/enterprises/" + unknown))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString(unknown)));
		mvc.perform(get("/public/enterprises/" + unknown).param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No household-service enterprise has the unified social credit code")));
	}

	/** No 18-character run on the page is a valid 居民身份证号码. */
	private static void assertNoResidentId(String text) {
		Matcher m = ID_LIKE.matcher(text);
		while (m.find()) {
			String candidate = m.group();
			boolean valid;
			try {
				ResidentId.of(candidate);
				valid = true;
			}
			catch (RuntimeException ex) {
				valid = false;
			}
			assertThat(valid).as("a whole ID number on a public page: " + candidate).isFalse();
		}
	}
}
