package cn.jiazheng.credit.archive.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.BackgroundCheck;
import cn.jiazheng.credit.archive.BackgroundCheckView;
import cn.jiazheng.credit.archive.BackgroundChecks;
import cn.jiazheng.credit.archive.BackgroundResult;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.HealthExamination;
import cn.jiazheng.credit.archive.HealthResult;
import cn.jiazheng.credit.archive.Insurance;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.SkillLevel;
import cn.jiazheng.credit.archive.TrainingRecord;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 一人一档 through 采集、审核、发布: the keeping enterprise drafts, submits only with the worker's consent
 * on file, the county reviews; content is sealed at rest and shown masked; background checks are read
 * by each party only as far as the rules allow.
 */
@PlatformTest
class WorkerFileTest {

	private static final byte[] LETTER = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n签名".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private static final Actor YANTA = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private static final Actor BEILIN = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);

	private static final Actor XIAN_PERMITTED = new Actor(2, "xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null,
			Set.of(Permission.VIEW_BACKGROUND_CATEGORY));

	@Autowired
	WorkerFiles files;

	@Autowired
	Workers workers;

	@Autowired
	cn.jiazheng.credit.archive.EnterpriseFiles enterprises;

	@Autowired
	BackgroundChecks checks;

	@Autowired
	Consents consents;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private Actor anxin;

	private Actor anxinStaff;

	private Actor haobangshou;

	private long workerId;

	@BeforeEach
	void aWorkerOfAnxin() {
		DemoData.Cast cast = demo.seedCast();
		anxin = new Actor(5, "qiye", "安心家政", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		anxinStaff = new Actor(6, "qiye-staff", "前台", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), cast.demoEnterprise());
		haobangshou = new Actor(8, "qiye2", "好帮手", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), cast.otherEnterprise());
		ResidentId id = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		workerId = workers.register(anxin, "李春梅", id.value(), null);
	}

	@Test
	void aFileIsDraftedSubmittedWithConsentReturnedFixedAndReleased() {
		assertThat(files.history(anxin, workerId)).as("no file before the first draft").isEmpty();
		assertThatThrownBy(() -> files.submit(anxin, workerId)).isInstanceOf(ConflictException.class);

		assertThat(files.saveDraft(anxinStaff, workerId, complete("西安市第一医院体检中心"))).isEqualTo(1);
		assertThatThrownBy(() -> files.submit(anxinStaff, workerId)).as("only the enterprise admin submits")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> files.submit(anxin, workerId)).as("no letter, no submission")
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("archive.worker.consent-required"));

		consents.fileLetter(anxin, workerId, LETTER, EnumSet.of(ConsentScope.PLATFORM_SHARING));
		files.submit(anxin, workerId);
		assertThatThrownBy(() -> files.saveDraft(anxin, workerId, complete("别的医院"))).as("a submitted revision is frozen")
			.isInstanceOf(ConflictException.class);
		assertThat(files.differences(YANTA, workerId, 1)).as("a first revision shows every filled field")
			.containsKeys("nativePlace", "healthExamination", "trainings")
			.satisfies(d -> assertThat(d.get("healthExamination").get(1)).contains("西安市第一医院体检中心"));

		files.returnToEnterprise(YANTA, workerId, 1, "体检机构名称与体检证明不符，请核对");
		Revision<WorkerFile> returned = files.history(anxin, workerId).get(0);
		assertThat(returned.state()).isEqualTo(RevisionState.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("体检机构名称与体检证明不符，请核对");

		assertThat(enterprises.submissions(anxinStaff, 500)).as("the enterprise follows it on its submissions page")
			.filteredOn(line -> line.kind() == cn.jiazheng.credit.archive.FileKind.WORKER && line.subjectId() == workerId)
			.singleElement()
			.satisfies(line -> assertThat(line.returnReason()).isEqualTo("体检机构名称与体检证明不符，请核对"));
		assertThat(enterprises.submissions(haobangshou, 500)).noneMatch(line -> line.subjectId() == workerId
				&& line.kind() == cn.jiazheng.credit.archive.FileKind.WORKER);

		files.saveDraft(anxin, workerId, complete("西安市雁塔区妇幼保健院"));
		files.submit(anxin, workerId);
		assertThat(files.approve(YANTA, workerId, 1)).isEqualTo(RevisionState.RELEASED);

		assertThat(workers.get(anxin, workerId).releasedNumber()).isEqualTo(1);
		assertThat(workers.get(anxin, workerId).healthValidUntil()).isEqualTo(LocalDate.now().plusMonths(6));
		assertThat(jdbc.sql("SELECT training_count FROM archive.worker WHERE id = :id").param("id", workerId).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(files.open(anxin, workerId, 1).file().healthExamination().institution()).isEqualTo("西安市雁塔区妇幼保健院");
	}

	@Test
	void aChangeAfterReleaseIsANewRevisionAndReviewersSeeOnlyWhatChanged() {
		release(complete("西安市第一医院体检中心"));
		WorkerFile released = complete("西安市第一医院体检中心");
		WorkerFile changed = new WorkerFile(released.nativePlace(), released.address(), released.serviceCategories(), SkillLevel.LEVEL_4,
				released.healthExamination(), released.trainings(), released.insurances());
		assertThat(files.saveDraft(anxin, workerId, changed)).isEqualTo(2);
		files.submit(anxin, workerId);
		assertThat(files.differences(YANTA, workerId, 2)).containsOnlyKeys("skillLevel");
		assertThat(files.history(anxin, workerId)).extracting(Revision::number, Revision::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, RevisionState.SUBMITTED),
					org.assertj.core.groups.Tuple.tuple(1, RevisionState.RELEASED));
		files.approve(YANTA, workerId, 2);
		assertThat(files.history(anxin, workerId)).extracting(Revision::state)
			.containsExactly(RevisionState.RELEASED, RevisionState.SUPERSEDED);
	}

	@Test
	void illegalStepsAreRefusedWithAReason() {
		files.saveDraft(anxin, workerId, complete("西安市第一医院体检中心"));
		assertThatThrownBy(() -> files.approve(YANTA, workerId, 1)).as("a draft cannot be approved")
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("archive.review.not-submitted"));
		assertThatThrownBy(() -> files.saveDraft(haobangshou, workerId, complete("x"))).as("another enterprise does not see her")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> files.saveDraft(YANTA, workerId, complete("x"))).as("regulators review, they do not edit")
			.isInstanceOf(AccessDeniedException.class);
		consents.fileLetter(anxin, workerId, LETTER, EnumSet.of(ConsentScope.PLATFORM_SHARING));
		files.submit(anxin, workerId);
		assertThatThrownBy(() -> files.submit(anxin, workerId)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> files.approve(BEILIN, workerId, 1)).as("another county does not review it")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> files.returnToEnterprise(YANTA, workerId, 1, " ")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void anIncompleteFileIsNotSubmittedAndTheMessageNamesTheField() {
		files.saveDraft(anxin, workerId, new WorkerFile("陕西省", null, List.of("CLEANING"), null,
				new HealthExamination(LocalDate.now().minusDays(3), "某医院", HealthResult.FIT, LocalDate.now().minusDays(4)), List.of(), List.of()));
		consents.fileLetter(anxin, workerId, LETTER, EnumSet.of(ConsentScope.PLATFORM_SHARING));
		assertThatThrownBy(() -> files.submit(anxin, workerId)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.field()).isEqualTo("healthExamination.validUntil"));
		assertThat(files.history(anxin, workerId).get(0).state()).isEqualTo(RevisionState.DRAFT);
	}

	@Test
	void twoReviewersAtOnceMakeExactlyOneDecision() throws Exception {
		files.saveDraft(anxin, workerId, complete("西安市第一医院体检中心"));
		consents.fileLetter(anxin, workerId, LETTER, EnumSet.of(ConsentScope.PLATFORM_SHARING));
		files.submit(anxin, workerId);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> results = new ArrayList<>();
		results.add(pool.submit(() -> files.approve(YANTA, workerId, 1).name()));
		results.add(pool.submit(() -> {
			files.returnToEnterprise(XIAN_PERMITTED, workerId, 1, "请补充培训证书编号");
			return "RETURNED";
		}));
		int refused = 0;
		List<String> decided = new ArrayList<>();
		for (Future<String> result : results) {
			try {
				decided.add(result.get());
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(ConflictException.class);
				refused++;
			}
		}
		pool.shutdown();
		assertThat(decided).hasSize(1);
		assertThat(refused).isEqualTo(1);
		assertThat(files.history(anxin, workerId).get(0).state().name()).isEqualTo(decided.get(0));
	}

	@Test
	void nothingSensitiveIsStoredInTheClearAndPagesGetItMasked() {
		files.saveDraft(anxin, workerId, complete("西安市第一医院体检中心"));
		String stored = jdbc.sql("SELECT COALESCE(content::text, '') || content_sealed FROM archive.revision WHERE kind = 'WORKER' AND subject_id = :id")
			.param("id", workerId).query(String.class).single();
		assertThat(stored).doesNotContain("西安市第一医院体检中心").doesNotContain("小寨路").doesNotContain("\"FIT\"").doesNotContain("nativePlace");
		assertThatThrownBy(() -> jdbc.sql("UPDATE archive.revision SET content = '{}' WHERE kind = 'WORKER' AND subject_id = :id")
			.param("id", workerId).update()).as("worker content is never plain JSON").hasMessageContaining("revision_");

		WorkerFile masked = files.history(anxin, workerId).get(0).file();
		assertThat(masked.healthExamination().institution()).isNull();
		assertThat(masked.healthExamination().result()).isNull();
		assertThat(masked.healthExamination().validUntil()).isEqualTo(LocalDate.now().plusMonths(6));
		assertThat(masked.address()).startsWith("西安市雁塔").doesNotContain("小寨路");

		long before = sensitiveViews();
		files.open(anxin, workerId, 1);
		assertThat(sensitiveViews()).as("opening the whole file is audited").isEqualTo(before + 1);
		assertThatThrownBy(() -> files.open(haobangshou, workerId, 1)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void eachPartySeesOfABackgroundCheckOnlyWhatTheRulesAllow() {
		LocalDate checked = LocalDate.now().minusDays(10);
		assertThatThrownBy(() -> checks.record(anxin, workerId,
				new BackgroundCheck(checked, "西安市公安局雁塔分局", BackgroundResult.CLEAR, null, checked.plusYears(1))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> checks.record(YANTA, workerId,
				new BackgroundCheck(checked, "西安市公安局雁塔分局", BackgroundResult.NOT_CLEAR, " ", checked.plusYears(1))))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("category"));
		checks.record(YANTA, workerId, new BackgroundCheck(checked, "西安市公安局雁塔分局", BackgroundResult.NOT_CLEAR, "盗窃类", checked.plusYears(1)));

		BackgroundCheckView enterprise = checks.latest(anxin, workerId).orElseThrow();
		assertThat(enterprise.result()).isEqualTo(BackgroundResult.NOT_CLEAR);
		assertThat(enterprise.authority()).isNull();
		assertThat(enterprise.category()).isNull();
		assertThat(enterprise.categoryWithheld()).as("the enterprise is not even told a category exists").isFalse();

		BackgroundCheckView county = checks.latest(YANTA, workerId).orElseThrow();
		assertThat(county.authority()).isEqualTo("西安市公安局雁塔分局");
		assertThat(county.category()).isNull();
		assertThat(county.categoryWithheld()).isTrue();

		assertThat(checks.latest(XIAN_PERMITTED, workerId).orElseThrow().category()).isEqualTo("盗窃类");
		assertThat(checks.latest(haobangshou, workerId)).isEmpty();
		assertThat(checks.latest(BEILIN, workerId)).isEmpty();
		assertThat(jdbc.sql("SELECT background_clear_until FROM archive.worker WHERE id = :id").param("id", workerId)
			.query(LocalDate.class).optional()).as("a not-clear result leaves nothing in the clear").isEmpty();
		assertThat(jdbc.sql("SELECT sealed FROM archive.background_check WHERE worker_id = :id").param("id", workerId)
			.query(String.class).single()).doesNotContain("盗窃").doesNotContain("公安").doesNotContain("NOT_CLEAR");
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE target_type = 'worker' AND target_id = :id AND action = 'SENSITIVE_VIEW' "
				+ "AND details::text LIKE '%backgroundCheck.category%'").param("id", Long.toString(workerId)).query(Long.class).single())
			.as("the category view is audited").isEqualTo(1);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM archive.background_check WHERE worker_id = :id").param("id", workerId).update())
			.rootCause().hasMessageContaining("档案历史不能改写");

		LocalDate later = LocalDate.now().minusDays(1);
		checks.record(YANTA, workerId, new BackgroundCheck(later, "西安市公安局雁塔分局", BackgroundResult.CLEAR, null, later.plusYears(1)));
		assertThat(checks.latest(anxin, workerId).orElseThrow().result()).isEqualTo(BackgroundResult.CLEAR);
		assertThat(jdbc.sql("SELECT background_clear_until FROM archive.worker WHERE id = :id").param("id", workerId)
			.query(LocalDate.class).single()).isEqualTo(later.plusYears(1));
	}

	private long sensitiveViews() {
		return jdbc.sql("SELECT count(*) FROM audit.entry WHERE target_type = 'worker' AND target_id = :id AND action = 'SENSITIVE_VIEW'")
			.param("id", Long.toString(workerId)).query(Long.class).single();
	}

	private void release(WorkerFile file) {
		files.saveDraft(anxin, workerId, file);
		consents.fileLetter(anxin, workerId, LETTER, EnumSet.of(ConsentScope.PLATFORM_SHARING));
		files.submit(anxin, workerId);
		files.approve(YANTA, workerId, files.history(anxin, workerId).get(0).number());
	}

	static WorkerFile complete(String institution) {
		return new WorkerFile("陕西省渭南市", "西安市雁塔区小寨路 8 号", List.of("CLEANING", "COOKING"), SkillLevel.LEVEL_5, exam(institution),
				training(), List.of(new Insurance("意外伤害险", "中国人寿", "GL-2026-001", LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(11))));
	}

	private static HealthExamination exam(String institution) {
		return new HealthExamination(LocalDate.now().minusMonths(6), institution, HealthResult.FIT, LocalDate.now().plusMonths(6));
	}

	private static List<TrainingRecord> training() {
		return List.of(new TrainingRecord("家政服务员（保洁）培训", 40, "西安市家政职业培训学校", LocalDate.now().minusMonths(3), "JZ-2026-0101"));
	}
}
