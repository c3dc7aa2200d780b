package cn.jiazheng.credit.record;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.identity.internal.ApiKeys;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 信用信息: entry within the territory, publicity computed, evidence sealed and its opening audited,
 * the state machine with its refusals, history kept, events published, the expiry job, and the facts the
 * rating engine reads.
 */
@PlatformTest
@RecordApplicationEvents
class CreditRecordTest {

	private static final byte[] PDF = "%PDF-1.7\n处罚决定书".getBytes(StandardCharsets.UTF_8);

	@Autowired
	CreditRecords records;

	@Autowired
	RecordFacts facts;

	@Autowired
	EnterpriseFiles enterprises;

	@Autowired
	Workers workers;

	@Autowired
	DemoData demo;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiKeys apiKeys;

	@Autowired
	RecordTypes types;

	@Autowired
	ApplicationEvents events;

	private final Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private final Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);

	private final Actor xian = new Actor(2, "xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null);

	private long own;

	private long other;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void enterprises() {
		fixtures.prepare();
		DemoData.Cast cast = demo.seedCast();
		own = cast.demoEnterprise();
		other = cast.otherEnterprise();
	}

	private NewRecord penalty(long enterprise, String type, LocalDate decision) {
		return new NewRecord(SubjectKind.ENTERPRISE, enterprise, type, "西安市雁塔区市场监督管理局", "雁市监罚〔2026〕12号",
				decision, "未按规定公示收费标准");
	}

	@Test
	void aRegulatorEntersARecordWithItsPublicityEvidenceHistoryAndEvent() {
		LocalDate decision = today.minusDays(10);
		long id = records.add(yanta, penalty(own, "ADMIN_PENALTY_GENERAL", decision),
				List.of(new EvidenceFile("C:\\扫描\\决定书.pdf", PDF)));
		CreditRecord record = records.get(yanta, id);
		assertThat(record.state()).isEqualTo(RecordState.ACTIVE);
		assertThat(record.severity()).isEqualTo(Severity.GENERAL);
		assertThat(record.regionCode()).isEqualTo("610113");
		assertThat(record.publicity().minEnd()).isEqualTo(decision.plusMonths(3));
		assertThat(record.publicity().maxEnd()).isEqualTo(decision.plusYears(1));
		assertThat(record.inPublicityOn(today)).isTrue();
		assertThat(records.history(yanta, id)).singleElement()
			.satisfies(c -> assertThat(c.to()).isEqualTo(RecordState.ACTIVE));
		assertThat(events.stream(CreditRecordChanged.class).filter(e -> e.recordId() == id))
			.containsExactly(new CreditRecordChanged(id, SubjectKind.ENTERPRISE, own, "ADMIN_PENALTY_GENERAL", null, RecordState.ACTIVE));

		AttachmentInfo attachment = records.attachments(yanta, id).get(0);
		assertThat(attachment.filename()).isEqualTo("决定书.pdf");
		assertThat(attachment.contentType()).isEqualTo("application/pdf");
		byte[] stored = jdbc.sql("SELECT content_sealed FROM record.attachment WHERE id = :id").param("id", attachment.id())
			.query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
		assertThat(records.attachment(xian, id, attachment.id()).bytes()).as("the city above reaches it").isEqualTo(PDF);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'RECORD_ATTACHMENT_VIEW' AND target_id = :id")
			.param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void evidenceIsJudgedByItsContentAndNothingIsStoredWhenRefused() {
		long before = jdbc.sql("SELECT count(*) FROM record.credit_record").query(Long.class).single();
		assertThatThrownBy(() -> records.add(yanta, penalty(own, "ADMIN_PENALTY_GENERAL", today),
				List.of(new EvidenceFile("x.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> {
				assertThat(ex.field()).isEqualTo("attachments");
				assertThat(ex.messageKey()).isEqualTo("record.attachment.type");
			});
		assertThatThrownBy(() -> records.add(yanta, penalty(own, "TRAINING_COMPLETED", today), List.of()))
			.as("a worker's type for an enterprise")
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.messageKey()).isEqualTo("record.type.wrong-subject"));
		assertThatThrownBy(() -> records.add(yanta, penalty(own, "ADMIN_PENALTY_GENERAL", today.plusDays(1)), List.of()))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("decisionDate"));
		Actor qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
		assertThatThrownBy(() -> records.add(qiye, penalty(own, "HONOUR", today), List.of()))
			.as("an enterprise does not enter its own records").isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM record.credit_record").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aCountyRegulatorCannotListGetOrEnterRecordsOfAnotherCounty() throws Exception {
		long theirs = records.add(beilin, penalty(other, "ADMIN_PENALTY_SERIOUS", today.minusDays(3)), List.of());
		assertThatThrownBy(() -> records.get(yanta, theirs)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> records.history(yanta, theirs)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> records.revoke(yanta, theirs, "误录")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> records.freeze(yanta, theirs, "异议")).isInstanceOf(NotFoundException.class);
		assertThat(records.list(yanta, RecordFilter.ALL, 0, 200).items()).extracting(CreditRecord::id).doesNotContain(theirs);
		assertThat(records.list(beilin, RecordFilter.ALL, 0, 200).items()).extracting(CreditRecord::id).contains(theirs);
		assertThat(records.get(xian, theirs).id()).isEqualTo(theirs);
		assertThatThrownBy(() -> records.add(yanta, penalty(other, "ADMIN_PENALTY_GENERAL", today), List.of()))
			.isInstanceOf(NotFoundException.class);
		Actor qiye2 = new Actor(8, "qiye2", "好帮手", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), other);
		Actor qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
		assertThat(records.get(qiye2, theirs).id()).as("an enterprise reads its own records").isEqualTo(theirs);
		assertThatThrownBy(() -> records.get(qiye, theirs)).isInstanceOf(NotFoundException.class);

		assertThat(status(get("/records/" + theirs), "yanta")).isEqualTo(404);
		assertThat(status(get("/api/v1/records/" + theirs), "yanta")).isEqualTo(404);
		assertThat(status(get("/api/v1/records/" + theirs), "beilin")).isEqualTo(200);
		assertThat(body(get("/records"), "yanta")).doesNotContain("/records/" + theirs + "\"");
		assertThat(body(get("/records"), "beilin")).contains("/records/" + theirs + "\"");
		assertThat(body(get("/api/v1/records?size=200"), "yanta")).doesNotContain("\"id\":" + theirs + ",");
		String json = "{\"subjectKind\":\"ENTERPRISE\",\"subjectId\":" + other + ",\"typeCode\":\"HONOUR\","
				+ "\"sourceOrganisation\":\"局\",\"documentNumber\":\"1\",\"decisionDate\":\"" + today + "\",\"summary\":\"s\"}";
		assertThat(status(post("/api/v1/records").with(csrf()).contentType("application/json").content(json), "yanta")).isEqualTo(404);
		assertThat(status(post("/api/v1/records").contentType("application/json").content(json), "INTEGRATOR"))
			.as("the integrator's key covers 雁塔区 only").isEqualTo(404);
		assertThat(status(post("/records").with(csrf()).param("subjectKind", "ENTERPRISE").param("subjectId", Long.toString(other))
			.param("typeCode", "HONOUR").param("sourceOrganisation", "局").param("documentNumber", "1")
			.param("decisionDate", today.toString()).param("summary", "s"), "yanta")).isEqualTo(404);
	}

	@Test
	void theApiTakesARecordWithEvidenceAndTheSubjectByItsCode() throws Exception {
		String code = enterprises.get(yanta, own).creditCode().value();
		MockMultipartFile record = new MockMultipartFile("record", "", "application/json",
				("{\"subjectKind\":\"ENTERPRISE\",\"subjectCode\":\"" + code + "\",\"typeCode\":\"ABNORMAL_OPERATION\","
						+ "\"sourceOrganisation\":\"雁塔区市场监督管理局\",\"documentNumber\":\"雁市监异〔2026〕3号\",\"decisionDate\":\""
						+ today + "\",\"summary\":\"通过登记的住所无法联系\"}").getBytes(StandardCharsets.UTF_8));
		MockMultipartFile png = new MockMultipartFile("attachments", "notice.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 });
		// A key of its own, with the write scope only, for 雁塔区.
		String key = apiKeys.issue(new Actor(0, "test-admin", "测试管理员", Role.PLATFORM_ADMIN, null, null), "记录测试调用方",
				List.of(ApiScope.RECORDS_WRITE), RegionCode.of("610113"));
		var response = mvc.perform(multipart("/api/v1/records").file(record).file(png).header("X-API-Key", key)).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		String answer = response.getContentAsString(StandardCharsets.UTF_8);
		long id = Long.parseLong(answer.replaceAll("\\D", ""));
		CreditRecord created = records.get(yanta, id);
		assertThat(created.typeCode()).isEqualTo("ABNORMAL_OPERATION");
		assertThat(created.subjectId()).isEqualTo(own);
		assertThat(records.attachments(yanta, id)).singleElement().satisfies(a -> assertThat(a.contentType()).isEqualTo("image/png"));
	}

	@Test
	void transitionsFollowTheStateMachineAndIllegalOnesAreRefusedWithBothStatesNamed() throws Exception {
		long id = records.add(yanta, penalty(own, "ADMIN_PENALTY_GENERAL", today.minusDays(5)), List.of());
		records.freeze(AuditActor.SYSTEM, id, "企业提出异议");
		assertThat(records.get(yanta, id).state()).isEqualTo(RecordState.UNDER_OBJECTION);
		assertThatThrownBy(() -> records.repair(AuditActor.SYSTEM, id, "修复"))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("record.state.refused"));
		records.unfreeze(yanta, id, "异议不成立");
		assertThatThrownBy(() -> records.repair(yanta, id, "修复"))
			.as("within the minimum publicity").isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("record.repair.too-early"));
		assertThatThrownBy(() -> records.revoke(yanta, id, " ")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThat(status(post("/records/" + id + "/revocation").with(csrf()).param("reason", "误录"), "yanta"))
			.as("without the confirmation nothing happens").isEqualTo(200);
		assertThat(records.get(yanta, id).state()).isEqualTo(RecordState.ACTIVE);
		assertThat(status(post("/records/" + id + "/revocation").with(csrf()).param("reason", "录入错误，文书号不符").param("confirm", "true"),
				"yanta")).isEqualTo(302);
		assertThat(records.get(yanta, id).state()).isEqualTo(RecordState.REVOKED);
		String refused = body(post("/api/v1/records/" + id + "/revocation").with(csrf()).contentType("application/json")
			.content("{\"reason\":\"再次撤销\"}"), "yanta", 409);
		assertThat(refused).contains("已撤销").contains("不能变为");
		assertThat(records.history(yanta, id)).extracting(StateChange::to)
			.containsExactly(RecordState.ACTIVE, RecordState.UNDER_OBJECTION, RecordState.ACTIVE, RecordState.REVOKED);
		assertThat(records.history(yanta, id).get(3).reason()).isEqualTo("录入错误，文书号不符");
		assertThat(records.get(yanta, id).summary()).as("a revoked record keeps its content").isEqualTo("未按规定公示收费标准");
		assertThat(events.stream(CreditRecordChanged.class).filter(e -> e.recordId() == id).map(CreditRecordChanged::state))
			.containsExactly(RecordState.ACTIVE, RecordState.UNDER_OBJECTION, RecordState.ACTIVE, RecordState.REVOKED);
	}

	@Test
	void repairIsGrantedAfterTheMinimumPeriod() {
		long id = records.add(yanta, penalty(own, "ADMIN_PENALTY_GENERAL", today.minusMonths(4)), List.of());
		records.repair(AuditActor.SYSTEM, id, "信用修复申请已同意");
		assertThat(records.get(yanta, id).state()).isEqualTo(RecordState.REPAIRED);
		assertThatThrownBy(() -> records.freeze(AuditActor.SYSTEM, id, "异议")).isInstanceOf(ConflictException.class);
	}

	@Test
	void theExpiryJobEndsPublicityOnceAndTheFactsFollow() {
		long ended = records.add(yanta, penalty(own, "COMPLAINT_SUBSTANTIATED", today.minusYears(1).minusDays(1)), List.of());
		long lastDay = records.add(yanta, penalty(own, "COMPLAINT_SUBSTANTIATED", today.minusYears(1)), List.of());
		long minor = records.add(yanta, penalty(own, "INSPECTION_FAILED", today.minusYears(5)), List.of());
		List<RecordFacts.Tally> complaints = List.of(new RecordFacts.Tally(java.util.Set.of("COMPLAINT_SUBSTANTIATED"), false, null));
		int[] counted = facts.tally(SubjectKind.ENTERPRISE, own, today, complaints, null);
		assertThat(facts.tally(SubjectKind.ENTERPRISE, own, today, complaints, ended)).as("a run on the day needs no job first")
			.containsExactly(counted);
		assertThat(facts.tally(SubjectKind.ENTERPRISE, own, today, complaints, lastDay)).containsExactly(counted[0] - 1);
		assertThat(records.expireEnded()).isGreaterThanOrEqualTo(1);
		assertThat(records.expireEnded()).as("idempotent").isZero();
		assertThat(records.get(yanta, ended).state()).isEqualTo(RecordState.EXPIRED);
		assertThat(records.get(yanta, lastDay).state()).as("the last day is still in publicity").isEqualTo(RecordState.ACTIVE);
		assertThat(records.get(yanta, minor).state()).as("a minor record is not published and never ends by itself")
			.isEqualTo(RecordState.ACTIVE);
		assertThat(records.history(yanta, ended)).extracting(StateChange::to).containsExactly(RecordState.ACTIVE, RecordState.EXPIRED);
		assertThat(records.history(yanta, ended).get(1).changedBy()).isEqualTo("system");
		assertThat(events.stream(CreditRecordChanged.class).filter(e -> e.recordId() == ended).map(CreditRecordChanged::state))
			.containsExactly(RecordState.ACTIVE, RecordState.EXPIRED);
	}

	@Test
	void theRatingEngineReadsOnlyWhatCountsPerSubjectAndAggregated() {
		long worker = aWorker();
		Actor admin = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);
		NewRecord complaint = new NewRecord(SubjectKind.WORKER, worker, "COMPLAINT_SUBSTANTIATED", "雁塔区消费者协会", "雁消〔2026〕1号",
				today.minusMonths(2), "服务态度差，投诉查实");
		long counted = records.add(admin, complaint, List.of());
		long frozen = records.add(admin, complaint, List.of());
		long revoked = records.add(admin, complaint, List.of());
		long old = records.add(admin, new NewRecord(SubjectKind.WORKER, worker, "BACKGROUND_NOT_CLEAR", "公安机关", "核查1号",
				today.minusYears(4), "核查未通过"), List.of());
		records.add(admin, new NewRecord(SubjectKind.WORKER, worker, "TRAINING_COMPLETED", "培训学校", "结业2号",
				today.minusYears(4), "育婴员培训"), List.of());
		records.freeze(AuditActor.SYSTEM, frozen, "异议");
		records.revoke(admin, revoked, "误录");
		// A decision exactly twelve months back is outside a twelve-month window; the day after is inside.
		records.add(admin, new NewRecord(SubjectKind.WORKER, worker, "HEALTH_EXAM_FAILED_OR_EXPIRED", "体检中心", "体检3号",
				today.minusMonths(12), "体检不合格"), List.of());
		records.add(admin, new NewRecord(SubjectKind.WORKER, worker, "HEALTH_EXAM_FAILED_OR_EXPIRED", "体检中心", "体检4号",
				today.minusMonths(12).plusDays(1), "体检不合格"), List.of());
		List<RecordFacts.Tally> tallies = List.of(
				new RecordFacts.Tally(java.util.Set.of("COMPLAINT_SUBSTANTIATED"), false, null),
				new RecordFacts.Tally(java.util.Set.of("BACKGROUND_NOT_CLEAR"), false, null),
				new RecordFacts.Tally(java.util.Set.of("COMPLAINT_SUBSTANTIATED", "BACKGROUND_NOT_CLEAR"), true, 12),
				new RecordFacts.Tally(java.util.Set.of("TRAINING_COMPLETED"), false, 36),
				new RecordFacts.Tally(java.util.Set.of("BACKGROUND_NOT_CLEAR"), true, null),
				new RecordFacts.Tally(java.util.Set.of("HEALTH_EXAM_FAILED_OR_EXPIRED"), false, 12),
				new RecordFacts.Tally(java.util.Set.of("HEALTH_EXAM_FAILED_OR_EXPIRED"), false, null));
		int[] mine = facts.tally(SubjectKind.WORKER, worker, today, tallies, null);
		assertThat(mine).as("frozen and revoked complaints do not count; a background check is not published; "
				+ "the training is four years old").containsExactly(1, 1, 1, 0, 0, 1, 2);
		assertThat(facts.tally(SubjectKind.WORKER, worker, today.minusMonths(3), tallies, null)).as("as of a day before the complaint")
			.containsExactly(0, 1, 0, 0, 0, 2, 2);
		assertThat(facts.tally(SubjectKind.WORKER, worker, today, tallies, counted)).as("leaving the complaint out")
			.containsExactly(0, 1, 0, 0, 0, 1, 2);

		List<RecordFacts.SubjectTally> streamed = new java.util.ArrayList<>();
		facts.tally(SubjectKind.WORKER, RegionCode.of("610113"), today, worker - 1, tallies, streamed::add);
		assertThat(streamed).as("in subject order from the cursor on").isNotEmpty()
			.extracting(RecordFacts.SubjectTally::subjectId).isSorted().allMatch(id -> id >= worker);
		assertThat(streamed.get(0).subjectId()).isEqualTo(worker);
		assertThat(streamed.get(0).counts()).containsExactly(mine);
		List<Long> elsewhere = new java.util.ArrayList<>();
		facts.tally(SubjectKind.WORKER, RegionCode.of("610103"), today, 0, tallies, t -> elsewhere.add(t.subjectId()));
		assertThat(elsewhere).doesNotContain(worker);
		assertThat(counted).isPositive();
		assertThat(old).isPositive();
	}

	@Test
	void theEntryFormFindsSubjectsOfTheTerritoryOnlyAndTheAdminExtendsTheCatalogue() throws Exception {
		String ownCode = enterprises.get(yanta, own).creditCode().value();
		String otherCode = enterprises.get(beilin, other).creditCode().value();
		String found = body(get("/records/new").param("kind", "ENTERPRISE").param("code", ownCode), "yanta");
		assertThat(found).contains("id=\"entry\"").contains("name=\"subjectId\" value=\"" + own + "\"");
		String hidden = body(get("/records/new").param("kind", "ENTERPRISE").param("code", otherCode), "yanta");
		assertThat(hidden).contains("id=\"not-found\"").doesNotContain("id=\"entry\"");
		assertThat(body(get("/records/new").param("kind", "ENTERPRISE").param("code", "12345"), "yanta"))
			.contains("统一社会信用代码无效");

		assertThat(status(post("/admin/record-types").with(csrf()).param("code", "late_wages").param("nameZh", "拖欠工资")
			.param("nameEn", "Wages unpaid").param("subjectKinds", "ENTERPRISE").param("direction", "NEGATIVE")
			.param("severity", "GENERAL"), "admin")).isEqualTo(302);
		assertThat(types.find("LATE_WAGES")).hasValueSatisfying(t -> {
			assertThat(t.severity()).isEqualTo(Severity.GENERAL);
			assertThat(t.appliesTo(SubjectKind.WORKER)).isFalse();
		});
		assertThat(body(post("/admin/record-types").with(csrf()).param("code", "PRAISE").param("nameZh", "表扬")
			.param("nameEn", "Praise").param("subjectKinds", "WORKER").param("direction", "POSITIVE").param("severity", "SERIOUS"),
				"admin")).contains("正面信息的失信程度为“不适用”");
		assertThat(types.find("PRAISE")).isEmpty();
		assertThat(body(get("/admin/record-types"), "admin")).contains("SERIOUS_DISHONESTY_LIST").contains("LATE_WAGES");
	}

	private long aWorker() {
		Actor keeper = new Actor(0, "qiye", "企业", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
		ResidentId id = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		return workers.register(keeper, "记录测试服务员", id.value(), null);
	}

	private int status(MockHttpServletRequestBuilder request, String caller) throws Exception {
		return mvc.perform(as(request, caller)).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, String caller) throws Exception {
		return body(request, caller, 200);
	}

	private String body(MockHttpServletRequestBuilder request, String caller, int expected) throws Exception {
		var response = mvc.perform(as(request, caller)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isIn(expected, 201);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String caller) {
		return caller.equals("INTEGRATOR") ? fixtures.as(request, caller) : fixtures.asAccount(request, caller);
	}
}
