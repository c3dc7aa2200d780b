package cn.jiazheng.credit.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.BackgroundChecks;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.archive.WorkerIdentity;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.crypto.BlindIndex;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.demo.internal.ProvinceShape;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.record.CreditRecord;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.Publicity;
import cn.jiazheng.credit.record.RecordFilter;
import cn.jiazheng.credit.record.RecordPage;
import cn.jiazheng.credit.record.RecordState;
import cn.jiazheng.credit.record.StateChange;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark loader at a tiny scale, into the shared test database: whatever it wrote with COPY, the
 * product's own services read back (blind index, sealing and revision envelopes compatible; publicity as
 * the record module computes it). It loads into 安康 (6109), a city no other test uses, so that no other
 * test's counts move.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceLoaderTest {

	private static final Actor ADMIN = new Actor(0, "test", "测试", Role.PLATFORM_ADMIN, null, null);

	/** The city's regulator: reaches exactly what the loader wrote. */
	private static final Actor ANKANG = new Actor(0, "ankang", "安康市监管", Role.REGULATOR, RegionCode.of("6109"), null);

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	DataSource dataSource;

	@Autowired
	FieldCipher cipher;

	@Autowired
	BlindIndex blindIndex;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	EnterpriseFiles enterprises;

	@Autowired
	Workers workers;

	@Autowired
	WorkerFiles workerFiles;

	@Autowired
	BackgroundChecks checks;

	@Autowired
	CreditRecords records;

	@Autowired
	JdbcClient jdbc;

	ProvinceLoader.Report report;

	@BeforeAll
	void load() throws Exception {
		ProvinceLoader.Options options = ProvinceLoader.Options.of(50, 400, 2_000).withCounties(ProvinceShape.within("6109")).withSeed(91);
		report = new ProvinceLoader(dataSource, cipher, blindIndex, json, clock).load(options);
	}

	@Test
	void itLoadsWhatWasAskedInTheRightCounties() {
		assertThat(report.rows()).containsEntry("archive.enterprise", 50L).containsEntry("archive.worker", 400L)
			.containsEntry("record.credit_record", 2_000L);
		assertThat(enterprises.count(ANKANG, null, null)).isEqualTo(50);
		assertThat(workerFiles.countByState(ANKANG).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT count(DISTINCT region_code) FROM archive.enterprise WHERE region_code LIKE '6109%'").query(Long.class)
			.single()).as("several counties of the city").isGreaterThan(3);
		assertThat(jdbc.sql("SELECT count(*) FROM archive.employment WHERE worker_id >= ? AND state = 'ACTIVE'")
			.param(report.firstWorkerId()).query(Long.class).single()).isEqualTo(400);
	}

	@Test
	void everyCreditCodeIsValidAndTheEnterpriseFilesOpen() {
		List<Enterprise> listed = enterprises.list(ANKANG, null, null, 0, 100);
		assertThat(listed).hasSize(50);
		for (Enterprise enterprise : listed) {
			assertThat(CreditCode.of(enterprise.creditCode().value())).isEqualTo(enterprise.creditCode());
			assertThat(enterprise.creditCode().registrationRegion().value()).isEqualTo(enterprise.regionCode());
			assertThat(enterprises.get(ADMIN, enterprise.id()).name()).isEqualTo(enterprise.name());
			assertThat(enterprises.history(ADMIN, enterprise.id())).hasSize(1)
				.allSatisfy(revision -> assertThat(revision.file().name()).isEqualTo(enterprise.name()));
		}
		assertThat(enterprises.countByState(ANKANG)).containsKeys(RevisionState.DRAFT, RevisionState.SUBMITTED, RevisionState.RELEASED);
	}

	@Test
	void everyWorkerIsFoundByHerIdNumberAndHerSealedValuesOpen() {
		assertThat(report.sampleResidentIds()).isNotEmpty();
		report.sampleResidentIds().forEach((id, residentId) -> {
			List<Worker> found = workers.search(ANKANG, residentId, 0, 5);
			assertThat(found).as("found by blind index").extracting(Worker::id).containsExactly(id);
		});
		List<Long> ids = jdbc.sql("SELECT id FROM archive.worker WHERE id >= ? ORDER BY id").param(report.firstWorkerId())
			.query(Long.class).list();
		assertThat(ids).hasSize(400);
		for (long id : ids) {
			WorkerIdentity identity = workers.reveal(ADMIN, id);
			// reveal parses the decrypted number: it passes GB 11643's check, or this throws.
			assertThat(identity.residentId().areaCode()).startsWith("6109");
			assertThat(identity.residentId().masked()).isEqualTo(workers.get(ADMIN, id).maskedResidentId());
			assertThat(identity.phone()).isNotNull();
		}
	}

	@Test
	void everyWorkerFileRevisionOpensAndTheReleasedColumnsFollowTheFile() {
		Map<RevisionState, Long> states = workerFiles.countByState(ANKANG);
		assertThat(states).containsKeys(null, RevisionState.DRAFT, RevisionState.SUBMITTED, RevisionState.RELEASED);
		int opened = 0;
		int checked = 0;
		for (Worker worker : workerFiles.list(ANKANG, null, null, 0, 1000)) {
			List<Revision<WorkerFile>> history = workerFiles.history(ADMIN, worker.id());
			assertThat(history).hasSize(jdbc.sql("SELECT latest_number FROM archive.worker WHERE id = ?").param(worker.id())
				.query(Integer.class).single());
			if (worker.state() == RevisionState.RELEASED) {
				Revision<WorkerFile> released = workerFiles.open(ADMIN, worker.id(), worker.releasedNumber());
				opened++;
				assertThat(released.state()).isEqualTo(RevisionState.RELEASED);
				assertThat(worker.healthValidUntil()).isEqualTo(released.file().healthExamination().result().name().equals("FIT")
						? released.file().healthExamination().validUntil() : null);
				if (checks.latest(ADMIN, worker.id()).isPresent()) {
					checked++;
				}
			}
			if (worker.state() == RevisionState.RETURNED) {
				assertThat(history.get(0).returnReason()).isNotBlank();
			}
		}
		assertThat((long) opened).isEqualTo(states.get(RevisionState.RELEASED));
		assertThat(checked).as("most released workers checked").isGreaterThan(opened / 2);
	}

	@Test
	void recordsAreSeenWithThePublicityTheRecordModuleComputes() {
		RecordPage page = records.list(ANKANG, RecordFilter.ALL, 0, 2_000);
		assertThat(page.total()).isEqualTo(2_000);
		Map<SubjectKind, Long> bySubject = new EnumMap<>(SubjectKind.class);
		for (CreditRecord record : page.items()) {
			bySubject.merge(record.subjectKind(), 1L, Long::sum);
			Publicity expected = Publicity.of(record.direction(), record.severity(), record.decisionDate(), 36);
			assertThat(record.publicity()).isEqualTo(expected);
			assertThat(record.decisionDate()).isBetween(TODAY.minusDays(ProvinceShape.RECORD_DAYS), TODAY);
			assertThat(record.state()).isEqualTo(expected.endedBy(TODAY) ? RecordState.EXPIRED : RecordState.ACTIVE);
			assertThat(record.documentNumber()).isNotBlank();
			assertThat(record.sourceOrganisation()).isNotBlank();
		}
		assertThat(bySubject).containsKeys(SubjectKind.ENTERPRISE, SubjectKind.WORKER);
		CreditRecord first = page.items().get(page.items().size() - 1);
		List<StateChange> history = records.history(ADMIN, first.id());
		assertThat(history.get(0).from()).isNull();
		assertThat(history.get(0).to()).isEqualTo(RecordState.ACTIVE);
		assertThat(records.countByState(ANKANG, RecordFilter.ALL).get(RecordState.EXPIRED)).as("some publicity has ended").isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM record.credit_record WHERE id >= ? AND state = 'ACTIVE' AND publicity_max_end < ?")
			.param(report.firstRecordId()).param(TODAY).query(Long.class).single()).as("nothing left for the expiry job").isZero();
	}
}
