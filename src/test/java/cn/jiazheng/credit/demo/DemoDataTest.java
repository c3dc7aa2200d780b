package cn.jiazheng.credit.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.BackgroundCheckView;
import cn.jiazheng.credit.archive.BackgroundChecks;
import cn.jiazheng.credit.archive.BackgroundResult;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo province: real identifiers, several counties, a mix of states for enterprise and worker files,
 * worker files sealed at rest, and the cast bound to real files.
 */
@PlatformTest
class DemoDataTest {

	private static final Actor ADMIN = new Actor(0, "test", "测试", Role.PLATFORM_ADMIN, null, null);

	@Autowired
	DemoData demo;

	@Autowired
	EnterpriseFiles files;

	@Autowired
	WorkerFiles workerFiles;

	@Autowired
	BackgroundChecks checks;

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void theCastIsBoundToTwoReleasedFilesAndSeedingTwiceAddsNothing() {
		DemoData.Cast cast = demo.seedCast();
		assertThat(demo.seedCast()).isEqualTo(cast);
		Enterprise anxin = files.get(ADMIN, cast.demoEnterprise());
		assertThat(anxin.name()).isEqualTo("西安安心家政服务有限公司");
		assertThat(anxin.regionCode()).isEqualTo("610113");
		assertThat(anxin.released()).isTrue();
		assertThat(files.get(ADMIN, cast.otherEnterprise()).regionCode()).isEqualTo("610103");
		assertThat(jdbc.sql("SELECT enterprise_id FROM identity.account WHERE username = 'qiye'").query(Long.class).single())
			.isEqualTo(cast.demoEnterprise());
		assertThat(jdbc.sql("SELECT enterprise_id FROM identity.account WHERE username = 'qiye2'").query(Long.class).single())
			.isEqualTo(cast.otherEnterprise());
	}

	@Test
	void aGeneratedProvinceHasValidCodesSeveralCountiesAndEveryState() {
		long before = files.count(ADMIN, null, null);
		assertThat(demo.seedProvince(60, 7)).isEqualTo(60);
		assertThat(files.count(ADMIN, null, null)).isEqualTo(before + 60);
		for (Enterprise enterprise : files.list(ADMIN, null, null, 0, 500)) {
			assertThat(CreditCode.of(enterprise.creditCode().value())).isEqualTo(enterprise.creditCode());
		}
		long counties = jdbc.sql("SELECT count(DISTINCT region_code) FROM archive.enterprise").query(Long.class).single();
		assertThat(counties).isGreaterThanOrEqualTo(5);
		Map<RevisionState, Long> states = files.countByState(ADMIN);
		assertThat(states).containsKeys(RevisionState.DRAFT, RevisionState.SUBMITTED, RevisionState.RETURNED,
				RevisionState.RELEASED);
		assertThat(demo.seedProvince(60, 7)).as("the same seed adds nothing again").isZero();

		long workersBefore = jdbc.sql("SELECT count(*) FROM archive.worker").query(Long.class).single();
		Map<RevisionState, Long> filesBefore = workerFiles.countByState(ADMIN);
		int workers = demo.seedWorkers(200, 7);
		assertThat(workers).isGreaterThan(190);
		assertThat(jdbc.sql("SELECT count(*) FROM archive.worker").query(Long.class).single()).isEqualTo(workersBefore + workers);
		assertThat(jdbc.sql("SELECT count(DISTINCT enterprise_id) FROM archive.worker").query(Long.class).single())
			.as("spread over several employers").isGreaterThan(5);

		// About 10 % not started, 15 % drafts, 15 % waiting, 5 % returned, the rest released.
		Map<RevisionState, Long> seeded = added(filesBefore, workerFiles.countByState(ADMIN));
		assertThat(seeded.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(workers);
		assertThat(seeded.get(null)).as("not started").isBetween(8L, 35L);
		assertThat(seeded.get(RevisionState.DRAFT)).isBetween(15L, 45L);
		assertThat(seeded.get(RevisionState.SUBMITTED)).isBetween(15L, 45L);
		assertThat(seeded.get(RevisionState.RETURNED)).isBetween(3L, 20L);
		assertThat(seeded.get(RevisionState.RELEASED)).isBetween(85L, 135L);

		List<Worker> released = workerFiles.list(ADMIN, RevisionState.RELEASED, null, 0, 5000);
		long lapsed = released.stream().filter(worker -> worker.healthLapsedOn(TODAY)).count();
		assertThat((double) lapsed / released.size()).as("share of released files whose health certificate has expired")
			.isBetween(0.08, 0.30);
		assertThat(jdbc.sql("SELECT count(*) FROM archive.revision WHERE kind = 'WORKER' AND state = 'SUPERSEDED'").query(Long.class)
			.single()).as("some released files are on their second revision").isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM archive.background_check").query(Long.class).single())
			.as("most released workers checked").isGreaterThan(seeded.get(RevisionState.RELEASED) / 2);

		assertThat(demo.seedWorkers(200, 7)).as("the same seed adds nothing again").isZero();
		assertThat(added(filesBefore, workerFiles.countByState(ADMIN))).as("nor changes any file").isEqualTo(seeded);
	}

	@Test
	void ayiHasAWholeReleasedFileAndTheDemoEnterpriseWorkersInEveryState() {
		DemoData.Cast cast = demo.seedCast();
		demo.seedCastWorkers();
		Actor qiye = new Actor(0, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		Map<RevisionState, Long> states = workerFiles.countByState(qiye);
		assertThat(states).containsKeys(null, RevisionState.DRAFT, RevisionState.SUBMITTED, RevisionState.RETURNED,
				RevisionState.RELEASED);
		assertThat(workerFiles.list(qiye, RevisionState.RELEASED, null, 0, 500)).as("one released with an expired health certificate")
			.anyMatch(worker -> worker.healthLapsedOn(TODAY));
		for (Worker waiting : workerFiles.list(qiye, RevisionState.SUBMITTED, null, 0, 500)) {
			assertThat(consents.letters(qiye, waiting.id())).as("letter of consent on file for %s", waiting.name())
				.anyMatch(letter -> letter.allows(ConsentScope.PLATFORM_SHARING));
		}
		Worker returned = workerFiles.list(qiye, RevisionState.RETURNED, null, 0, 1).get(0);
		assertThat(workerFiles.history(qiye, returned.id()).get(0).returnReason()).isNotBlank();

		long account = jdbc.sql("SELECT id FROM identity.account WHERE username = 'ayi'").query(Long.class).single();
		Actor ayi = new Actor(account, "ayi", "王秀兰", Role.WORKER, null, null);
		Revision<WorkerFile> own = workerFiles.ownReleased(ayi).orElseThrow();
		assertThat(own.state()).isEqualTo(RevisionState.RELEASED);
		assertThat(own.file().healthExamination().validOn(TODAY)).isTrue();
		assertThat(own.file().address()).isNotBlank();
		assertThat(own.file().trainings()).isNotEmpty();
		BackgroundCheckView check = checks.latest(ayi, own.subjectId()).orElseThrow();
		assertThat(check.result()).isEqualTo(BackgroundResult.CLEAR);
		assertThat(check.lapsed()).isFalse();

		assertThat(demo.seedCastWorkers()).as("seeding again adds nothing").isZero();
		assertThat(workerFiles.countByState(qiye)).isEqualTo(states);
		assertThat(workerFiles.history(qiye, own.subjectId())).as("no second revision").hasSize(1);
	}

	/** Raw SQL: no address, clinic or course of a seeded worker file is readable in the revision table. */
	@Test
	void seededWorkerFilesAreSealedAtRest() {
		demo.seedCastWorkers();
		long account = jdbc.sql("SELECT id FROM identity.account WHERE username = 'ayi'").query(Long.class).single();
		WorkerFile ayi = workerFiles.ownReleased(new Actor(account, "ayi", "王秀兰", Role.WORKER, null, null)).orElseThrow().file();

		assertThat(jdbc.sql("SELECT count(*) FROM archive.revision WHERE kind = 'WORKER' AND content IS NOT NULL").query(Long.class)
			.single()).isZero();
		List<String> sealed = jdbc.sql("SELECT content_sealed FROM archive.revision WHERE kind = 'WORKER'").query(String.class).list();
		assertThat(sealed).hasSizeGreaterThan(5);
		for (String text : sealed) {
			assertThat(text).doesNotContain(ayi.address()).doesNotContain(ayi.healthExamination().institution())
				.doesNotContain("体检中心").doesNotContain("疾病预防控制中心").doesNotContain("号楼").doesNotContain("培训")
				// Quoted as in the JSON: a sealed text is Base64, which has no quotes but may hold "FIT" by chance.
				.doesNotContain("{").doesNotContain("\"FIT\"");
		}
		for (String text : jdbc.sql("SELECT sealed FROM archive.background_check").query(String.class).list()) {
			assertThat(text).doesNotContain("公安").doesNotContain("{").doesNotContain("\"CLEAR\"").doesNotContain("类");
		}
	}

	/** Per state (null: not started), how many more files stand in it now than before. */
	private static Map<RevisionState, Long> added(Map<RevisionState, Long> before, Map<RevisionState, Long> after) {
		Map<RevisionState, Long> added = new HashMap<>();
		after.forEach((state, count) -> added.put(state, count - before.getOrDefault(state, 0L)));
		return added;
	}
}
