package cn.jiazheng.credit.rating.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.objection.NewObjection;
import cn.jiazheng.credit.objection.ObjectionWindow;
import cn.jiazheng.credit.objection.Objections;
import cn.jiazheng.credit.objection.Outcome;
import cn.jiazheng.credit.objection.TargetKind;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.rating.RatingPublication;
import cn.jiazheng.credit.rating.RatingResult;
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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 公示、异议、终评 (Ordos arts. 14–16): windows on the official calendar across the 2025 National Day holiday,
 * publication once, finalisation only after the window and every answer, final grades replaced, an upheld
 * objection re-rating and republishing, territory, and 我的信用.
 */
@PlatformTest
class PublicationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	DemoData demo;

	@Autowired
	Ratings ratings;

	@Autowired
	RatingPublication publication;

	@Autowired
	Objections objections;

	@Autowired
	CreditRecords records;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private final Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private final Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);

	private final Actor admin = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	private long own;

	private Actor qiye;

	@BeforeEach
	void data() {
		fixtures.prepare();
		own = demo.seedCast().demoEnterprise();
		qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
	}

	private RatingRun fullRun() throws InterruptedException {
		long id = ratings.start(yanta, "ordos-enterprise", null, RunKind.FULL, null).id();
		for (int i = 0; i < 400; i++) {
			RatingRun run = ratings.run(yanta, id);
			if (run.finished()) {
				assertThat(run.done()).isPositive();
				return run;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("run " + id + " did not finish");
	}

	private String message(ConflictException ex) {
		return messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE);
	}

	private String refOf(long runId) {
		return RatingPublication.targetRef(runId, FileKind.ENTERPRISE, own);
	}

	private long object(long runId, String at) {
		return objections.file(qiye, new NewObjection(TargetKind.RATING_RESULT, refOf(runId), "投诉已撤销，不应计入", "王经理", "13912345678"),
				List.of(), Instant.parse(at));
	}

	private String finalGradeRun() {
		return jdbc.sql("SELECT run_id::text FROM rating.final_grade WHERE model_id = 'ordos-enterprise' AND subject_kind = 'ENTERPRISE'"
				+ " AND subject_id = ?").param(1, own).query(String.class).optional().orElse(null);
	}

	@Test
	void publishingAcrossNationalDay2025ClosesTheWindowsOn23OctoberAndHappensOnce() throws Exception {
		RatingRun run = fullRun();
		RatingRun published = publication.publish(yanta, run.id(), LocalDate.of(2025, 9, 26));
		// 15 working days from Saturday 2025-09-27: Sunday 09-28 is worked (调休), 10-01..10-08 are off, Saturday 10-11 is worked.
		assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
		assertThat(published.windowCloses()).isEqualTo(LocalDate.of(2025, 10, 23));
		ObjectionWindow window = objections.window(TargetKind.RATING_RESULT, refOf(run.id())).orElseThrow();
		assertThat(window.opens()).isEqualTo(LocalDate.of(2025, 9, 26));
		assertThat(window.closes()).isEqualTo(LocalDate.of(2025, 10, 23));
		assertThat(window.regionCode()).isEqualTo("610113");
		assertThat(window.subjectName()).as("the queue names the enterprise, not its id")
			.isEqualTo(jdbc.sql("SELECT name FROM archive.enterprise WHERE id = ?").param(1, own).query(String.class).single());
		long windows = jdbc.sql("SELECT count(*) FROM objection.objection_window WHERE target_kind = 'RATING_RESULT' AND target_ref LIKE ?")
			.param(1, "run:" + run.id() + "/%").query(Long.class).single();
		assertThat(windows).as("one window per result").isEqualTo(run.done());
		assertThat(ratings.results(yanta, run.id(), null, 0, 500).items()).extracting(RatingResult::stage).containsOnly("PUBLISHED");

		assertThatThrownBy(() -> publication.publish(yanta, run.id(), LocalDate.of(2025, 9, 29)))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(message(ex)).contains("已于 2025-09-26 公示，不能重复公示"));
		mvc.perform(fixtures.as(post("/api/v1/rating-runs/" + run.id() + "/publication"), "REGULATOR").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不能重复公示")));
		assertThat(objections.window(TargetKind.RATING_RESULT, refOf(run.id())).orElseThrow().closes())
			.as("the refused second publication moved nothing").isEqualTo(LocalDate.of(2025, 10, 23));
		mvc.perform(fixtures.as(get("/ratings/runs/" + run.id()), "REGULATOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-10-23")))
			.andExpect(content().string(containsString("id=\"finalise-form\"")));

		// Another county's regulator: the run does not exist for them.
		assertThatThrownBy(() -> publication.finalise(beilin, run.id(), LocalDate.of(2025, 12, 1))).isInstanceOf(NotFoundException.class);
		mvc.perform(fixtures.asAccount(post("/api/v1/rating-runs/" + run.id() + "/finalisation"), "beilin").with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(fixtures.asAccount(post("/ratings/runs/" + run.id() + "/publication"), "beilin").with(csrf()).param("confirm", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(fixtures.as(post("/api/v1/rating-runs/" + run.id() + "/finalisation"), "ENTERPRISE_ADMIN").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void finalisingWaitsForTheWindowAndEveryAnswerThenReplacesTheFinalGrades() throws Exception {
		RatingRun first = fullRun();
		publication.publish(yanta, first.id(), LocalDate.of(2025, 9, 26));
		long objection = object(first.id(), "2025-10-10T02:00:00Z");

		assertThatThrownBy(() -> publication.finalise(yanta, first.id(), LocalDate.of(2025, 10, 23)))
			.as("the last day of the window is still within it")
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(message(ex)).isEqualTo("异议期至 2025-10-23 截止，截止后方可终评"));
		assertThatThrownBy(() -> publication.finalise(yanta, first.id(), LocalDate.of(2025, 10, 24)))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(message(ex)).isEqualTo("尚有 1 件异议未答复，全部答复后方可终评"));
		assertThat(publication.unanswered(yanta, first.id())).isEqualTo(1);

		objections.answer(yanta, objection, Outcome.REJECTED, "经核查，该处罚决定书真实有效，初评结果无误");
		RatingRun finalised = publication.finalise(yanta, first.id(), LocalDate.of(2025, 10, 24));
		assertThat(finalised.finalisedOn()).isEqualTo(LocalDate.of(2025, 10, 24));
		assertThat(ratings.results(yanta, first.id(), null, 0, 500).items()).extracting(RatingResult::stage).containsOnly("FINAL");
		assertThat(finalGradeRun()).isEqualTo(Long.toString(first.id()));
		assertThat(publication.corrections(yanta, first.id())).as("a rejected objection changes nothing").isEmpty();
		assertThatThrownBy(() -> publication.finalise(yanta, first.id(), LocalDate.of(2025, 10, 27)))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(message(ex)).contains("已于 2025-10-24 终评"));

		RatingRun second = fullRun();
		assertThatThrownBy(() -> publication.finalise(yanta, second.id(), LocalDate.of(2025, 12, 1)))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(message(ex)).contains("尚未公示"));
		publication.publish(yanta, second.id(), LocalDate.of(2025, 11, 3));
		publication.finalise(yanta, second.id(), LocalDate.of(2025, 12, 1));
		assertThat(finalGradeRun()).as("the new final grades replace the previous ones").isEqualTo(Long.toString(second.id()));
		long finalGrades = jdbc.sql("SELECT count(*) FROM rating.final_grade WHERE model_id = 'ordos-enterprise' AND region_code LIKE '610113%'")
			.query(Long.class).single();
		assertThat(finalGrades).isEqualTo(second.done());
		assertThat(ratings.results(yanta, first.id(), null, 0, 500).items()).as("the previous final results stay in history")
			.extracting(RatingResult::stage).containsOnly("FINAL");
	}

	@Test
	void anUpheldObjectionReRatesTheSubjectAndPublishesItAgainWithAFreshWindow() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long penalty = records.add(admin, new NewRecord(SubjectKind.ENTERPRISE, own, "ADMIN_PENALTY_GENERAL", "雁塔区市场监督管理局",
				"雁市监罚〔2026〕9号", today.minusMonths(2), "录入错误的处罚"), List.of());
		RatingRun run = fullRun();
		RatingResult before = ratings.result(yanta, run.id(), FileKind.ENTERPRISE, own);
		publication.publish(yanta, run.id(), LocalDate.of(2025, 9, 26));
		long objection = object(run.id(), "2025-10-09T02:00:00Z");
		// The regulator finds the penalty was entered in error, revokes it and upholds the objection.
		records.revoke(admin, penalty, "录入错误");
		objections.answer(yanta, objection, Outcome.UPHELD, "经核查，该处罚录入错误，已撤销并重新评价");

		List<RatingRun> corrections = List.of();
		for (int i = 0; i < 200 && corrections.isEmpty(); i++) {
			Thread.sleep(50);
			corrections = publication.corrections(yanta, run.id());
		}
		assertThat(corrections).singleElement().satisfies(c -> {
			assertThat(c.revisesRunId()).isEqualTo(run.id());
			assertThat(c.modelVersion()).isEqualTo(run.modelVersion());
			assertThat(c.publishedOn()).isEqualTo(today);
			assertThat(c.windowCloses()).isEqualTo(calendar.plusWorkingDays(today, 15));
		});
		RatingRun correction = corrections.get(0);
		RatingResult after = ratings.result(yanta, correction.id(), FileKind.ENTERPRISE, own);
		assertThat(after.stage()).isEqualTo("PUBLISHED");
		assertThat(after.evaluation().score()).as("the revoked penalty no longer costs 80 points")
			.isEqualTo(before.evaluation().score() + 80);
		assertThat(ratings.result(yanta, run.id(), FileKind.ENTERPRISE, own).stage()).isEqualTo("SUPERSEDED");
		assertThat(objections.window(TargetKind.RATING_RESULT, RatingPublication.targetRef(correction.id(), FileKind.ENTERPRISE, own))
			.orElseThrow().closes()).isEqualTo(correction.windowCloses());

		assertThatThrownBy(() -> publication.finalise(yanta, run.id(), LocalDate.of(2025, 10, 24)))
			.as("the correction's window is part of the run's")
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(message(ex)).contains(correction.windowCloses().toString()));
		publication.finalise(yanta, run.id(), correction.windowCloses().plusDays(1));
		assertThat(finalGradeRun()).isEqualTo(Long.toString(correction.id()));
		assertThat(ratings.result(yanta, correction.id(), FileKind.ENTERPRISE, own).stage()).isEqualTo("FINAL");
	}

	@Test
	void dynamicReRatingsArePublishedAndFinalisedByTheTerritorysRegulator() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long honour = records.add(admin, new NewRecord(SubjectKind.ENTERPRISE, own, "HONOUR", "雁塔区商务局", "雁商表〔2026〕2号",
				today.minusMonths(1), "家政服务示范企业"), List.of());
		long older = dynamicRunWithHonours(1, 0);
		long second = records.add(admin, new NewRecord(SubjectKind.ENTERPRISE, own, "HONOUR", "雁塔区商务局", "雁商表〔2026〕3号",
				today.minusMonths(1), "巾帼家政服务标兵"), List.of());
		long dynamicRun = dynamicRunWithHonours(2, older);
		assertThat(publication.pendingDynamic(yanta)).isPositive();
		for (Actor regulator : List.of(yanta, beilin)) {
			assertThat(publication.pendingDynamic(regulator)).as("only the newest re-rating of a subject is pending, within the territory")
				.isEqualTo(jdbc.sql("""
						SELECT count(*) FROM rating.result r JOIN rating.run run ON run.id = r.run_id WHERE run.kind = 'DYNAMIC'
						AND run.revises_run_id IS NULL AND run.published_on IS NULL AND r.stage = 'INITIAL' AND r.region_code LIKE ?
						AND NOT EXISTS (SELECT 1 FROM rating.result n JOIN rating.run nr ON nr.id = n.run_id WHERE nr.kind = 'DYNAMIC'
						    AND nr.revises_run_id IS NULL AND n.stage = 'INITIAL' AND n.model_id = r.model_id AND n.subject_kind = r.subject_kind
						    AND n.subject_id = r.subject_id AND n.run_id > r.run_id)""").param(1, regulator.territory().value() + "%")
					.query(Long.class).single());
		}

		assertThat(publication.publishDynamic(yanta, LocalDate.of(2025, 9, 26))).isPositive();
		assertThat(publication.pendingDynamic(yanta)).isZero();
		assertThat(ratings.result(yanta, older, FileKind.ENTERPRISE, own).stage()).as("the older re-rating gave way to the newer")
			.isEqualTo("SUPERSEDED");
		assertThat(ratings.result(yanta, dynamicRun, FileKind.ENTERPRISE, own).stage()).isEqualTo("PUBLISHED");
		assertThat(objections.window(TargetKind.RATING_RESULT, refOf(dynamicRun)).orElseThrow().closes()).isEqualTo(LocalDate.of(2025, 10, 23));
		assertThat(objections.window(TargetKind.RATING_RESULT, refOf(older))).as("no window for what was never published").isEmpty();
		assertThat(publication.finaliseDynamic(yanta, LocalDate.of(2025, 10, 23))).as("the window is still open on its last day")
			.isZero();
		assertThat(publication.finaliseDynamic(yanta, LocalDate.of(2025, 10, 24))).isPositive();
		assertThat(finalGradeRun()).isEqualTo(Long.toString(dynamicRun));
		records.revoke(admin, honour, "测试完毕");
		records.revoke(admin, second, "测试完毕");
	}

	/** Waits for the dynamic re-rating of the enterprise, newer than {@code after}, that counts {@code honours} honours. */
	private long dynamicRunWithHonours(int honours, long after) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			Thread.sleep(50);
			Long run = jdbc.sql("""
					SELECT r.run_id FROM rating.result r JOIN rating.run run ON run.id = r.run_id
					WHERE run.kind = 'DYNAMIC' AND run.revises_run_id IS NULL AND r.subject_id = ? AND r.model_id = 'ordos-enterprise'
					AND r.stage = 'INITIAL' AND (r.features->>'honours')::int = ? AND r.run_id > ? ORDER BY r.run_id DESC LIMIT 1""")
				.param(1, own).param(2, honours).param(3, after).query(Long.class).optional().orElse(null);
			if (run != null) {
				return run;
			}
		}
		throw new AssertionError("the record did not re-rate the enterprise to " + honours + " honours");
	}

	@Test
	void myCreditShowsThePublishedGradeExplainedWithTheObjectionButton() throws Exception {
		RatingRun run = fullRun();
		RatingRun published = publication.publish(yanta, run.id());
		String ref = refOf(run.id());
		mvc.perform(fixtures.as(get("/credit"), "ENTERPRISE_ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("初评公示中")))
			.andExpect(content().string(containsString("异议期至 " + published.windowCloses() + " 截止")))
			.andExpect(content().string(containsString("id=\"points\"")))
			.andExpect(content().string(containsString("id=\"hints\"")))
			.andExpect(content().string(containsString("/objections/new?target=RATING_RESULT&amp;ref=" + ref + "\"")));
		mvc.perform(fixtures.as(get("/credit"), "ENTERPRISE_STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("初评公示中")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"object-button\""))));
		mvc.perform(fixtures.as(get("/api/v1/credit"), "ENTERPRISE_ADMIN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grades[?(@.standing.modelId == 'ordos-enterprise')].standing.publishedRef").value(ref))
			.andExpect(jsonPath("$.grades[?(@.standing.modelId == 'ordos-enterprise')].windowOpen").value(true));
		mvc.perform(fixtures.as(get("/credit"), "REGULATOR")).andExpect(status().isForbidden());
	}
}
