package cn.jiazheng.credit.rating.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.RatingFacts;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.rating.Evaluation;
import cn.jiazheng.credit.rating.InvalidModelException;
import cn.jiazheng.credit.rating.ModelState;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.rating.RatingResult;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.Ratings;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.rating.RunState;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs over 雁塔区 on the demo data, against the real database: who is rated, resumption after a crash,
 * one executor per run, one running run per model and territory, reproducibility, frozen records,
 * breakers through real records, territory, what-if, and a bad model that stores nothing.
 */
@PlatformTest
class RatingRunTest {

	static final String ORDOS = "ordos-enterprise";

	@Autowired
	RatingFacts facts;

	@Autowired
	JsonMapper json;

	@Autowired
	RatingService ratings;

	@Autowired
	ModelService models;

	@Autowired
	RatingEngine engine;

	@Autowired
	CreditRecords records;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private final Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private final Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);

	private final Actor shaanxi = new Actor(6, "shaanxi", "陕西省商务厅", Role.REGULATOR, RegionCode.of("61"), null);

	private final Actor admin = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private DemoData.Cast cast;

	@BeforeEach
	void demoData() {
		cast = demo.seedCast();
		demo.seedProvince(40, 4004);
	}

	/** Created and executed here, on this thread, to the end. */
	private RatingRun runToEnd(Actor by, RunKind kind, Integer version, String territory) {
		RatingRun run = ratings.create(by, ORDOS, version, kind, RegionCode.of(territory));
		assertThat(engine.claimAndExecute(run.id(), "test-" + run.id(), Integer.MAX_VALUE)).isTrue();
		return ratings.run(by, run.id());
	}

	private long count(String sql, Object... params) {
		var spec = jdbc.sql(sql);
		for (int i = 0; i < params.length; i++) {
			spec = spec.param(i + 1, params[i]);
		}
		return spec.query(Long.class).single();
	}

	private Set<Long> releasedIn(String county) {
		return new HashSet<>(jdbc.sql("SELECT id FROM archive.enterprise WHERE region_code LIKE ? AND released_number IS NOT NULL")
			.param(1, county + "%").query(Long.class).list());
	}

	private Set<Long> ratedIn(long runId) {
		return new HashSet<>(jdbc.sql("SELECT subject_id FROM rating.result WHERE run_id = ?").param(1, runId).query(Long.class).list());
	}

	@Test
	void aRunOverYantaRatesTheReleasedEnterprisesOnlyAndCountsTheOthers() {
		RatingRun run = runToEnd(yanta, RunKind.FULL, null, "610113");
		long all = count("SELECT count(*) FROM archive.enterprise WHERE region_code LIKE '610113%'");
		Set<Long> released = releasedIn("610113");
		assertThat(released).as("the demo data has released enterprises in 雁塔区").contains(cast.demoEnterprise());
		assertThat(all).as("and some not released").isGreaterThan(released.size());
		assertThat(run.state()).isEqualTo(RunState.DONE);
		assertThat(run.modelVersion()).isEqualTo(models.active(ORDOS).orElseThrow().version());
		assertThat(run.total()).isEqualTo(all);
		assertThat(run.done()).isEqualTo(released.size());
		assertThat(run.skipped()).isEqualTo(all - released.size());
		assertThat(ratedIn(run.id())).isEqualTo(released);
		assertThat(ratings.distribution(yanta, run.id()).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(released.size());
		RatingResult result = ratings.result(yanta, run.id(), FileKind.ENTERPRISE, cast.demoEnterprise());
		assertThat(result.evaluation().features()).containsEntry("fileReleased", true).containsKey("insuranceValid");
		assertThat(result.evaluation().dimensionPoints()).containsKeys("basic", "compliance", "service-quality");
		assertThat(result.stage()).isEqualTo("INITIAL");
	}

	@Test
	void aRunResumesFromItsCursorAfterACrashAndRatesEachSubjectOnce() {
		RatingRun run = ratings.create(yanta, ORDOS, null, RunKind.DRY, RegionCode.of("610113"));
		assertThat(engine.claimAndExecute(run.id(), "crashing", 1, 2)).isTrue();
		RatingRun stopped = ratings.run(yanta, run.id());
		assertThat(stopped.state()).as("the instance died after one batch of two").isEqualTo(RunState.RUNNING);
		assertThat(stopped.processed()).isEqualTo(2);
		assertThat(ratedIn(run.id())).hasSize((int) stopped.done());
		assertThat(engine.claimAndExecute(run.id(), "other", Integer.MAX_VALUE, 2)).as("the lease is still held").isFalse();

		jdbc.sql("UPDATE rating.run SET lease_until = now() - interval '1 second' WHERE id = ?").param(1, run.id()).update();
		assertThat(engine.claimAndExecute(run.id(), "resumer", Integer.MAX_VALUE, 2)).isTrue();
		RatingRun finished = ratings.run(yanta, run.id());
		Set<Long> released = releasedIn("610113");
		assertThat(finished.state()).isEqualTo(RunState.DONE);
		assertThat(finished.done()).isEqualTo(released.size());
		assertThat(count("SELECT count(*) FROM rating.result WHERE run_id = ?", run.id())).isEqualTo(released.size());
		assertThat(ratedIn(run.id())).isEqualTo(released);
	}

	@Test
	void aSecondRunOfTheSameModelAndTerritoryIsRefusedWhileOneRuns() {
		RatingRun first = ratings.create(yanta, ORDOS, null, RunKind.DRY, RegionCode.of("610113"));
		try {
			assertThatThrownBy(() -> ratings.create(yanta, ORDOS, null, RunKind.FULL, RegionCode.of("610113")))
				.isInstanceOfSatisfying(ConflictException.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo("rating.run.already-running");
					assertThat(ex.arguments()).containsExactly(ORDOS, "610113");
				});
			RatingRun elsewhere = ratings.create(beilin, ORDOS, null, RunKind.DRY, RegionCode.of("610103"));
			assertThat(engine.claimAndExecute(elsewhere.id(), "t", Integer.MAX_VALUE)).as("another territory may run").isTrue();
		}
		finally {
			engine.claimAndExecute(first.id(), "t", Integer.MAX_VALUE);
		}
		assertThat(runToEnd(yanta, RunKind.FULL, null, "610113").state()).as("once finished, a new run may start").isEqualTo(RunState.DONE);
	}

	@Test
	void ofTwoInstancesClaimingOneRunAtOnceExactlyOneExecutesIt() throws Exception {
		RatingRun run = ratings.create(yanta, ORDOS, null, RunKind.DRY, RegionCode.of("610113"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> claims = new ArrayList<>();
			for (String instance : List.of("instance-a", "instance-b")) {
				claims.add(two.submit(() -> {
					start.await();
					return engine.claimAndExecute(run.id(), instance, Integer.MAX_VALUE, 3);
				}));
			}
			start.countDown();
			assertThat(List.of(claims.get(0).get(), claims.get(1).get())).containsExactlyInAnyOrder(true, false);
		}
		finally {
			two.shutdown();
		}
		assertThat(ratings.run(yanta, run.id()).state()).isEqualTo(RunState.DONE);
		assertThat(count("SELECT count(*) FROM rating.result WHERE run_id = ?", run.id())).isEqualTo(releasedIn("610113").size());
	}

	/**
	 * Read straight from the table, not through the codec (which itself re-evaluates to explain): each row's
	 * stored score and grade are what its stored features give under its stored model version.
	 */
	@Test
	void reEvaluatingTheStoredFeaturesWithTheStoredVersionGivesEveryResultAgain() {
		RatingRun run = runToEnd(shaanxi, RunKind.DRY, null, "6101");
		List<Map<String, Object>> rows = jdbc.sql("""
				SELECT r.subject_id, r.score, r.grade, r.features::text AS features, v.source
				FROM rating.result r JOIN rating.model_version v ON v.model_id = r.model_id AND v.version = r.model_version
				WHERE r.run_id = :run""").param("run", run.id()).query().listOfRows();
		assertThat(rows).isNotEmpty().hasSize((int) run.done());
		Ratings.ResultPage page = ratings.results(shaanxi, run.id(), null, 0, 500);
		Map<Long, RatingResult> shown = page.items().stream().collect(Collectors.toMap(RatingResult::subjectId, r -> r));
		for (Map<String, Object> row : rows) {
			CompiledModel model = CompiledModel.of((String) row.get("source"));
			Map<String, Object> features = Features.typed(model.model(), json.readValue((String) row.get("features"),
					new TypeReference<Map<String, Object>>() {
					}));
			Evaluation again = model.evaluate(features);
			long subject = ((Number) row.get("subject_id")).longValue();
			assertThat(again.score()).as("subject %d", subject).isEqualTo(((Number) row.get("score")).intValue());
			assertThat(again.grade()).as("subject %d", subject).isEqualTo(row.get("grade"));
			Evaluation explained = shown.get(subject).evaluation();
			assertThat(explained.indicatorPoints()).as("the explanation shown").isEqualTo(again.indicatorPoints());
			assertThat(explained.dimensionPoints()).isEqualTo(again.dimensionPoints());
			assertThat(explained.breakers()).isEqualTo(again.breakers());
		}
	}

	/**
	 * Years of service count from the first employment that began (ACTIVE or ENDED), in Beijing time: a
	 * worker first employed on 2019-03-01 has 7 full years on 2026-11-24, and an earlier proposal that
	 * never began does not count.
	 */
	@Test
	void yearsOfServiceCountFromTheFirstEmploymentThatBegan() {
		long worker = jdbc.sql("SELECT worker_id FROM archive.employment WHERE state = 'ACTIVE' ORDER BY worker_id LIMIT 1")
			.query(Long.class).single();
		jdbc.sql("UPDATE archive.employment SET decided_at = TIMESTAMPTZ '2019-02-28 16:30:00+00' WHERE worker_id = :w AND state = 'ACTIVE'")
			.param("w", worker).update();
		assertThat(facts.worker(worker, LocalDate.of(2026, 11, 24)).orElseThrow().yearsOfService())
			.as("first began 2019-03-01 00:30 in Beijing").isEqualTo(7);
		assertThat(facts.worker(worker, LocalDate.of(2026, 2, 28)).orElseThrow().yearsOfService())
			.as("the day before the seventh anniversary").isEqualTo(6);
		List<Integer> years = new ArrayList<>();
		facts.forEachWorker(null, LocalDate.of(2026, 11, 24), worker - 1, w -> {
			if (w.id() == worker) {
				years.add(w.yearsOfService());
			}
		});
		assertThat(years).as("a run's stream gives the same").containsExactly(7);
	}

	private Evaluation rateNow(long enterprise) {
		ModelVersion ordos = models.active(ORDOS).orElseThrow();
		return engine.rateOne(ordos, FileKind.ENTERPRISE, enterprise, today).orElseThrow().evaluation();
	}

	private long record(long enterprise, String type, LocalDate decided) {
		return records.add(admin, new NewRecord(SubjectKind.ENTERPRISE, enterprise, type, "鄂尔多斯市商务局", "鄂商〔2026〕7号", decided,
				"评价测试"), List.of());
	}

	@Test
	void aFrozenRecordIsLeftOutOfTheScoreUntilItIsUnfrozen() {
		long own = cast.demoEnterprise();
		long before = (Long) rateNow(own).features().get("generalPenalties");
		long id = record(own, "ADMIN_PENALTY_GENERAL", today.minusDays(20));
		try {
			Evaluation with = rateNow(own);
			assertThat(with.features()).containsEntry("generalPenalties", before + 1);
			records.freeze(AuditActor.SYSTEM, id, "企业提出异议");
			Evaluation frozen = rateNow(own);
			assertThat(frozen.features()).containsEntry("generalPenalties", before);
			assertThat(frozen.indicatorPoints().get("general-penalties")).isGreaterThan(with.indicatorPoints().get("general-penalties"));
			records.unfreeze(AuditActor.SYSTEM, id, "异议不成立");
			assertThat(rateNow(own).features()).containsEntry("generalPenalties", before + 1);
		}
		finally {
			records.revoke(admin, id, "测试完毕");
		}
	}

	@Test
	void theOrdosBreakersFireThroughRealRecords() {
		long other = cast.otherEnterprise();
		long dishonest = record(other, "SERIOUS_DISHONESTY_LIST", today.minusDays(3));
		try {
			Evaluation e = rateNow(other);
			assertThat(e.grade()).isEqualTo("D");
			assertThat(e.breakers()).extracting(Evaluation.FiredBreaker::reason).contains("列入严重失信主体名单");
		}
		finally {
			records.revoke(admin, dishonest, "测试完毕");
		}
		assertThat(rateNow(other).breakers()).extracting(Evaluation.FiredBreaker::id).doesNotContain("serious-dishonesty");

		long own = cast.demoEnterprise();
		long abnormal = record(own, "ABNORMAL_OPERATION", today.minusDays(3));
		try {
			Evaluation e = rateNow(own);
			assertThat(e.breakers()).extracting(Evaluation.FiredBreaker::id).contains("abnormal-operation");
			assertThat(e.grade()).as("at most B").isIn("B", "C", "D");
			assertThat(List.of("B", "C", "D")).contains(e.grade());
		}
		finally {
			records.revoke(admin, abnormal, "测试完毕");
		}
	}

	@Test
	void aCountyRegulatorNeitherSeesNorStartsRunsOfAnotherCounty() {
		RatingRun theirs = runToEnd(beilin, RunKind.DRY, null, "610103");
		assertThat(ratings.run(beilin, theirs.id()).done()).isPositive();
		assertThatThrownBy(() -> ratings.run(yanta, theirs.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> ratings.results(yanta, theirs.id(), null, 0, 10)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> ratings.result(yanta, theirs.id(), FileKind.ENTERPRISE, cast.otherEnterprise()))
			.isInstanceOf(NotFoundException.class);
		assertThat(ratings.runs(yanta, 500)).extracting(RatingRun::id).doesNotContain(theirs.id());
		assertThat(ratings.runs(shaanxi, 500)).as("the province sees its counties' runs").extracting(RatingRun::id).contains(theirs.id());
		assertThatThrownBy(() -> ratings.create(yanta, ORDOS, null, RunKind.DRY, RegionCode.of("610103")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> ratings.create(yanta, ORDOS, null, RunKind.DRY, RegionCode.of("6101")))
			.as("nor the city above it").isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aDryRunOfANewVersionShowsTheMigrationAndChangesNothingPublished() {
		RatingRun base = runToEnd(yanta, RunKind.FULL, null, "610113");
		Map<String, Long> before = ratings.distribution(yanta, base.id());
		int active = models.active(ORDOS).orElseThrow().version();
		// Version 2 of the reference model caps every released enterprise at D: every grade moves to D.
		String v2 = ModelService.shippedSource(ORDOS).replace("version: 1", "version: 2").replace("breakers:\n", """
				breakers:
				  - id: everyone-d
				    when: fileReleased
				    cap: D
				    reason: 试算：全部评为 D
				""");
		ModelVersion candidate = models.upload(admin, v2);
		assertThat(candidate.state()).isEqualTo(ModelState.CANDIDATE);
		RatingRun dry = runToEnd(yanta, RunKind.DRY, candidate.version(), "610113");

		Ratings.Migration migration = ratings.migration(yanta, dry.id());
		assertThat(migration.baseRunId()).isEqualTo(base.id());
		long total = migration.counts().values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).sum();
		assertThat(total).isEqualTo(dry.done());
		migration.counts().forEach((from, row) -> row.forEach((to, n) -> {
			if (!to.equals("D")) {
				assertThat(n).as("%s → %s", from, to).isZero();
			}
		}));
		long notD = before.entrySet().stream().filter(e -> !e.getKey().equals("D")).mapToLong(Map.Entry::getValue).sum();
		assertThat(migration.changes()).hasSize((int) notD).allSatisfy(c -> assertThat(c.to()).isEqualTo("D"));
		assertThat(migration.counts().get("A").get("D") + migration.counts().get("B").get("D") + migration.counts().get("C").get("D"))
			.isEqualTo(notD);

		assertThat(ratings.distribution(yanta, base.id())).as("the full run's results are untouched").isEqualTo(before);
		assertThat(models.active(ORDOS).orElseThrow().version()).as("the version in force is unchanged").isEqualTo(active);
		assertThatThrownBy(() -> ratings.create(yanta, ORDOS, candidate.version(), RunKind.FULL, RegionCode.of("610113")))
			.as("a full run uses the version in force only").isInstanceOf(ConflictException.class);
	}

	@Test
	void aBadModelIsRefusedWithEveryProblemAndItsLineAndNothingIsStored() {
		long before = count("SELECT count(*) FROM rating.model_version");
		String badExpressions = ModelService.shippedSource(ORDOS).replace("version: 1", "version: 9")
			.replace("\"fileReleased ? 100 : 0\"", "\"fileReleased + 1\"")
			.replace("\"25 * honours\"", "\"25 * honors\"");
		assertThatThrownBy(() -> models.upload(admin, badExpressions)).isInstanceOfSatisfying(InvalidModelException.class, ex -> {
			assertThat(ex.problems()).extracting(p -> p.messageKey()).containsOnly("rating.model.expression");
			assertThat(ex.problems()).extracting(p -> p.line()).as("both, each at its line").containsExactlyInAnyOrder(
					line(badExpressions, "fileReleased + 1"), line(badExpressions, "25 * honors"));
		});
		String gap = ModelService.shippedSource(ORDOS).replace("version: 1", "version: 9")
			.replace("{grade: C, from: 350, to: 599", "{grade: C, from: 360, to: 599");
		assertThatThrownBy(() -> models.upload(admin, gap)).isInstanceOfSatisfying(InvalidModelException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
					assertThat(p.messageKey()).isEqualTo("rating.model.band-gap");
					assertThat(p.line()).isEqualTo(line(gap, "{grade: C, from: 360"));
				}));
		assertThatThrownBy(() -> models.upload(yanta, ModelService.shippedSource(ORDOS)))
			.as("a county regulator does not change models").isInstanceOf(AccessDeniedException.class);
		assertThat(count("SELECT count(*) FROM rating.model_version")).isEqualTo(before);
		assertThat(models.upload(shaanxi, ModelService.shippedSource(ORDOS)).version()).as("the same text is the version stored").isEqualTo(1);
		assertThat(count("SELECT count(*) FROM rating.model_version")).isEqualTo(before);
	}

	private static int line(String text, String part) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(part)) {
				return i + 1;
			}
		}
		throw new AssertionError(part);
	}

	@Test
	void aRecordReRatesItsSubjectWithinSecondsAsAnInitialResult() throws Exception {
		long own = cast.demoEnterprise();
		long latest = count("SELECT COALESCE(max(id), 0) FROM rating.run");
		long id = record(own, "HONOUR", today.minusDays(1));
		try {
			long found = 0;
			for (int i = 0; i < 100 && found == 0; i++) {
				Thread.sleep(100);
				found = count("""
						SELECT count(*) FROM rating.result r JOIN rating.run run ON run.id = r.run_id
						WHERE run.kind = 'DYNAMIC' AND run.id > ? AND r.subject_id = ? AND r.subject_kind = 'ENTERPRISE'
						AND r.stage = 'INITIAL' AND r.model_id = ?""", latest, own, ORDOS);
			}
			assertThat(found).as("a dynamic re-rating within 10 s").isPositive();
		}
		finally {
			records.revoke(admin, id, "测试完毕");
		}
	}
}
