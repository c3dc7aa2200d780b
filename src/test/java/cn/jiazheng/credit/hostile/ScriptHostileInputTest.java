package cn.jiazheng.credit.hostile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EmploymentModel;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.EnterpriseType;
import cn.jiazheng.credit.archive.FreshResidentIds;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.HealthExamination;
import cn.jiazheng.credit.archive.HealthResult;
import cn.jiazheng.credit.archive.Insurance;
import cn.jiazheng.credit.archive.SkillLevel;
import cn.jiazheng.credit.archive.TrainingRecord;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.objection.NewObjection;
import cn.jiazheng.credit.objection.ObjectionWindow;
import cn.jiazheng.credit.objection.Objections;
import cn.jiazheng.credit.objection.Outcome;
import cn.jiazheng.credit.objection.TargetKind;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Script typed into any text that a page later shows is stored as typed and shown as text: every page
 * that renders it carries the escaped form, never the live tag, and every page is served under the
 * platform's Content-Security-Policy (no inline script would run even if one slipped through).
 */
@PlatformTest
class ScriptHostileInputTest {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";

	private static final SplittableRandom RANDOM = new SplittableRandom();

	private static final Actor YANTA = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	DemoData demo;

	@Autowired
	EnterpriseFiles enterprises;

	@Autowired
	Workers workers;

	@Autowired
	WorkerFiles workerFiles;

	@Autowired
	Consents consents;

	@Autowired
	CreditRecords records;

	@Autowired
	Objections objections;

	private Actor qiye;

	private long own;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void cast() {
		fixtures.prepare();
		own = demo.seedCast().demoEnterprise();
		qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
	}

	@Test
	void anEnterprisesNameAddressAndReturnReasonAreShownAsText() throws Exception {
		String code = CreditCode.generate(RegionCode.of("610113"), RANDOM).value();
		long id = enterprises.register(YANTA, code, "家政" + SCRIPT, "610113");
		Actor owner = new Actor(900 + id, "owner" + id, "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), id);
		enterprises.saveDraft(owner, id, new EnterpriseFile("家政" + SCRIPT, "张" + BREAKOUT, "小寨东路" + BREAKOUT, "610113",
				EnterpriseType.ENTERPRISE, EmploymentModel.EMPLOYEE_BASED, List.of("CLEANING"), List.of(SCRIPT),
				List.of(new Insurance("雇主责任险", SCRIPT, "PICC-1", today.minusMonths(1), today.plusMonths(11))),
				"收费" + SCRIPT, "承诺" + BREAKOUT, "张经理", "13912345678", List.of()));
		enterprises.submit(owner, id);
		enterprises.returnToEnterprise(YANTA, id, 1, "请核对" + SCRIPT + BREAKOUT);

		assertShownAsText(page("/enterprises/" + id, "yanta"));
		assertShownAsText(page("/enterprises?text=" + code, "yanta"));
	}

	@Test
	void aWorkersNameAndFileAreShownAsText() throws Exception {
		String residentId = FreshResidentIds.of("610113", Gender.FEMALE).value();
		long worker = workers.register(qiye, "李" + SCRIPT, residentId, null);
		workerFiles.saveDraft(qiye, worker, new WorkerFile("陕西" + SCRIPT, "小寨路" + BREAKOUT, List.of("CLEANING"), SkillLevel.LEVEL_5,
				new HealthExamination(today.minusMonths(1), "医院" + SCRIPT, HealthResult.FIT, today.plusMonths(11)),
				List.of(new TrainingRecord("培训" + SCRIPT, 40, "学校" + BREAKOUT, today.minusMonths(2), "JZ-1")),
				List.of(new Insurance("意外险", "保险" + SCRIPT, "GL-1", today.minusMonths(1), today.plusMonths(11)))));
		consents.fileLetter(qiye, worker, "%PDF-1.7 授权书".getBytes(StandardCharsets.UTF_8), EnumSet.of(ConsentScope.PLATFORM_SHARING));
		workerFiles.submit(qiye, worker);
		workerFiles.returnToEnterprise(YANTA, worker, 1, "请核对" + SCRIPT + BREAKOUT);

		assertShownAsText(page("/workers/" + worker, "qiye"));
		assertShownAsText(page("/workers/" + worker, "yanta"));
	}

	@Test
	void aRecordAndAnObjectionAgainstItAreShownAsText() throws Exception {
		long record = records.add(YANTA, new NewRecord(SubjectKind.ENTERPRISE, own, "ADMIN_PENALTY_GENERAL", "市场监管局" + SCRIPT,
				"雁市监罚" + BREAKOUT, today.minusDays(3), "摘要" + SCRIPT + BREAKOUT), List.of());
		String ref = Long.toString(record);
		objections.openWindow(AuditActor.SYSTEM, new ObjectionWindow(TargetKind.CREDIT_RECORD, ref, SubjectKind.ENTERPRISE, own,
				"610113", today.minusDays(3), today.plusDays(30)));
		long objection = objections.file(qiye, new NewObjection(TargetKind.CREDIT_RECORD, ref, "理由" + SCRIPT + BREAKOUT,
				"王" + BREAKOUT, "13912345678"), List.of());
		objections.answer(YANTA, objection, Outcome.REJECTED, "答复" + SCRIPT + BREAKOUT);

		assertShownAsText(page("/records/" + record, "yanta"));
		assertThat(page("/records", "yanta")).as("the list, which shows the type and the subject only")
			.doesNotContain(SCRIPT).doesNotContain("<img src=x");
		assertShownAsText(page("/objections/" + objection, "yanta"));
		assertShownAsText(page("/objections/" + objection, "qiye"));
		assertThat(page("/objections/mine", "qiye")).as("the objector's list, which shows the target and the state only")
			.doesNotContain(SCRIPT).doesNotContain("<img src=x");
	}

	private String page(String path, String account) throws Exception {
		MockHttpServletResponse response = mvc.perform(fixtures.asAccount(get(path), account)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getHeader("Content-Security-Policy")).as("CSP on " + path).contains("script-src 'self'")
			.contains("object-src 'none'");
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The page shows at least one of the hostile texts, escaped, and neither as live markup. */
	private static void assertShownAsText(String html) {
		assertThat(html).containsAnyOf("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain(SCRIPT)
			.doesNotContain("<img src=x")
			.doesNotContain("onerror=alert(1)>");
	}
}
