package cn.jiazheng.credit.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages and the API as people use them: the enterprise objects from the generic form while the window
 * is open, the regulator sees the queue with working days left or overdue, answers in two steps, and the
 * enterprise reads the answer; the API files, answers once and refuses a second answer.
 */
@PlatformTest
class ObjectionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	DemoData demo;

	@Autowired
	Objections objections;

	@Autowired
	WorkingCalendar calendar;

	private long own;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void cast() {
		fixtures.prepare();
		own = demo.seedCast().demoEnterprise();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
		return fixtures.asAccount(request, username);
	}

	private String openWindow(String label, LocalDate opens, LocalDate closes) {
		String ref = "page:" + System.nanoTime();
		objections.openWindow(AuditActor.SYSTEM, new ObjectionWindow(TargetKind.RATING_RESULT, ref, SubjectKind.ENTERPRISE, own,
				"610113", opens, closes).named("页面测试家政", label));
		return ref;
	}

	/** Filing today needs the calendar for the next weeks; a year not yet loaded is refused by design. */
	private void calendarCoversTheNextWeeks() {
		assumeTrue(calendar.loadedYears().contains(today.plusDays(30).getYear()), "the calendar of next year is not loaded");
	}

	@Test
	void theEnterpriseObjectsTheRegulatorAnswersInTwoStepsAndTheEnterpriseReadsTheAnswer() throws Exception {
		calendarCoversTheNextWeeks();
		LocalDate closes = calendar.plusWorkingDays(today, 15);
		String ref = openWindow("初评：C 级（520 分）", today.minusDays(1), closes);

		String form = mvc.perform(as(get("/objections/new").param("target", "RATING_RESULT").param("ref", ref), "qiye"))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("初评：C 级（520 分）").contains("异议期至 " + closes).contains("id=\"objection-form\"");

		// The form is multipart; MockMvc's session helper takes plain builders, so the documents are tested on the service.
		MvcResult filed = mvc.perform(as(post("/objections")
			.param("target", "RATING_RESULT").param("ref", ref).param("reason", "投诉已由投诉人撤回")
			.param("contactName", "王经理").param("contactPhone", "139 1234 5678").with(csrf()), "qiye"))
			.andReturn();
		assertThat(filed.getResponse().getRedirectedUrl()).startsWith("/objections/");
		long id = Long.parseLong(filed.getResponse().getRedirectedUrl().substring("/objections/".length()));
		LocalDate deadline = calendar.plusWorkingDays(today, 7);

		String queue = mvc.perform(as(get("/objections"), "yanta")).andReturn().getResponse().getContentAsString();
		assertThat(queue).contains("id=\"objection-" + id + "\"").contains("页面测试家政").contains(deadline.toString())
			.contains("剩余 7 个工作日");

		String page = mvc.perform(as(get("/objections/" + id), "yanta")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("投诉已由投诉人撤回").contains("王经理").contains("13912345678").contains("未提交证明材料");

		String confirm = mvc.perform(as(post("/objections/" + id + "/answer").param("outcome", "REJECTED")
			.param("answer", "投诉经现场核实属实，撤回不影响认定").with(csrf()), "yanta")).andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains("id=\"confirm-notice\"").contains("认定异议不成立");
		assertThat(objections.get(fixturesActor(), id).state()).as("nothing answered before confirmation").isEqualTo(ObjectionState.FILED);

		MvcResult answered = mvc.perform(as(post("/objections/" + id + "/answer").param("outcome", "REJECTED")
			.param("answer", "投诉经现场核实属实，撤回不影响认定").param("confirm", "true").with(csrf()), "yanta")).andReturn();
		assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo("/objections/" + id);

		String seen = mvc.perform(as(get("/objections/" + id), "qiye")).andReturn().getResponse().getContentAsString();
		assertThat(seen).contains("核查结果：异议不成立").contains("投诉经现场核实属实，撤回不影响认定").contains("雁塔区");
		String mine = mvc.perform(as(get("/objections/mine"), "qiye")).andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("id=\"objection-" + id + "\"").contains("异议不成立");
	}

	private Actor fixturesActor() {
		return new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);
	}

	@Test
	void aClosedWindowShowsItsDeadlineAndRefusesTheForm() throws Exception {
		LocalDate closes = today.minusDays(2);
		String ref = openWindow("初评：B 级", today.minusDays(30), closes);
		String form = mvc.perform(as(get("/objections/new").param("target", "RATING_RESULT").param("ref", ref), "qiye"))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("异议期已于 " + closes + " 截止").doesNotContain("id=\"objection-form\"");
		String refused = mvc.perform(as(post("/objections").param("target", "RATING_RESULT").param("ref", ref)
			.param("reason", "理由").param("contactName", "王经理").param("contactPhone", "13912345678").with(csrf()), "qiye"))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"form-error\"").contains("异议期已于 " + closes + " 截止");
		assertThat(objections.unansweredCount(TargetKind.RATING_RESULT, ref)).isZero();
		// Another enterprise's window does not exist for this one.
		assertThat(mvc.perform(as(get("/objections/new").param("target", "RATING_RESULT").param("ref", "no-such-target"), "qiye"))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theQueueFlagsOverdueObjectionsInWorkingDays() throws Exception {
		String ref = openWindow("初评：D 级", LocalDate.parse("2025-09-01"), LocalDate.parse("2025-12-31"));
		Actor qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
		long id = objections.file(qiye, new NewObjection(TargetKind.RATING_RESULT, ref, "理由", "王经理", "13912345678"),
				List.of(), Instant.parse("2025-09-26T02:00:00Z"));
		String overdue = mvc.perform(as(get("/objections").param("overdue", "true"), "yanta")).andReturn().getResponse()
			.getContentAsString();
		assertThat(overdue).contains("id=\"objection-" + id + "\"").contains("2025-10-13").contains("已逾期");
		long count = objections.counts(qiye, today).overdue();
		assertThat(overdue).contains("id=\"count-overdue\">");
		assertThat(count).isGreaterThanOrEqualTo(1);
		String page = mvc.perform(as(get("/objections/" + id), "yanta")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"overdue\"").contains("答复期限 2025-10-13 已过");
	}

	@Test
	void theApiFilesAndAnswersOnceOnly() throws Exception {
		calendarCoversTheNextWeeks();
		String ref = openWindow("初评：B 级", today.minusDays(1), today.plusDays(20));
		MvcResult created = mvc.perform(as(post("/api/v1/objections").contentType("application/json")
			.content("{\"targetKind\":\"RATING_RESULT\",\"targetRef\":\"" + ref
					+ "\",\"reason\":\"数据有误\",\"contactName\":\"王经理\",\"contactPhone\":\"13912345678\"}")
			.with(csrf()), "qiye")).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String body = created.getResponse().getContentAsString();
		assertThat(body).contains("\"answerDeadline\":\"" + calendar.plusWorkingDays(today, 7) + "\"");
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

		String details = mvc.perform(as(get("/api/v1/objections/" + id), "yanta")).andReturn().getResponse().getContentAsString();
		assertThat(details).contains("\"workingDaysLeft\":7").contains("\"phone\":\"13912345678\"").contains("\"state\":\"FILED\"");

		String answer = "{\"outcome\":\"UPHELD\",\"reasons\":\"核实后更正\"}";
		assertThat(mvc.perform(as(post("/api/v1/objections/" + id + "/answer").contentType("application/json").content(answer)
			.with(csrf()), "yanta")).andReturn().getResponse().getStatus()).isEqualTo(204);
		MvcResult again = mvc.perform(as(post("/api/v1/objections/" + id + "/answer").contentType("application/json")
			.content(answer).with(csrf()), "admin")).andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(again.getResponse().getContentAsString()).contains("异议成立");

		MvcResult missing = mvc.perform(as(post("/api/v1/objections").contentType("application/json")
			.content("{\"targetKind\":\"RATING_RESULT\",\"targetRef\":\"" + ref + "\",\"reason\":\"再次\",\"contactName\":\"王\",\"contactPhone\":\"123\"}")
			.with(csrf()), "qiye")).andReturn();
		assertThat(missing.getResponse().getStatus()).isEqualTo(400);
		assertThat(missing.getResponse().getContentAsString()).contains("contactPhone").contains("联系电话无效");
	}
}
