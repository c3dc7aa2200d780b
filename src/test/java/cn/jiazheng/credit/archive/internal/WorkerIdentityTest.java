package cn.jiazheng.credit.archive.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerIdentity;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
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
 * Sensitive data of workers: encrypted at rest (a raw SQL look shows no plaintext), found by blind
 * index, masked on screen, whole only for those allowed, and every whole view audited.
 */
@PlatformTest
class WorkerIdentityTest {

	private static final SplittableRandom RANDOM = new SplittableRandom();

	@Autowired
	Workers workers;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private Actor qiye;

	private Actor staff;

	private Actor qiye2;

	private ResidentId residentId;

	private long worker;

	@BeforeEach
	void aWorkerOfTheDemoEnterprise() {
		DemoData.Cast cast = demo.seedCast();
		qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		staff = new Actor(6, "qiye-staff", "前台", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), cast.demoEnterprise());
		qiye2 = new Actor(8, "qiye2", "别家", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), cast.otherEnterprise());
		residentId = ResidentId.generate(RegionCode.of("610113"), LocalDate.of(1978, 3, 9), Gender.FEMALE, RANDOM);
		worker = workers.register(staff, "王秀兰", residentId.value().toLowerCase(), "+86 139-1234-5678");
	}

	@Test
	void aRawLookAtTheTableShowsNoPlaintext() {
		String row = jdbc.sql("SELECT w::text FROM archive.worker w WHERE id = :id").param("id", worker).query(String.class).single();
		assertThat(row).doesNotContain(residentId.value()).doesNotContain("19780309").doesNotContain("13912345678")
			.contains(residentId.masked()).contains("139****5678");
	}

	@Test
	void workersAreFoundByIdNumberInAnyAcceptedFormAndByName() {
		assertThat(workers.search(staff, residentId.value(), 0, 10)).extracting(Worker::id).containsExactly(worker);
		assertThat(workers.search(staff, residentId.value().toLowerCase(), 0, 10)).extracting(Worker::id).containsExactly(worker);
		assertThat(workers.search(staff, "秀兰", 0, 500)).extracting(Worker::id).contains(worker);
		Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
		assertThat(workers.search(yanta, residentId.value(), 0, 10)).extracting(Worker::id).containsExactly(worker);
	}

	@Test
	void screensShowAtMostTheFirstSixAndLastFourAndNeverTheBirthDate() {
		Worker shown = workers.get(staff, worker);
		assertThat(shown.maskedResidentId()).isEqualTo(residentId.value().substring(0, 6) + "********"
				+ residentId.value().substring(14)).doesNotContain("19780309");
		assertThat(shown.toString()).doesNotContain(residentId.value()).doesNotContain("1978");
		assertThat(shown.gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void theWholeIdentifiersOnlyForThoseAllowedAndEveryLookIsAudited() {
		long before = audited("SUCCESS");
		WorkerIdentity identity = workers.reveal(qiye, worker);
		assertThat(identity.residentId()).isEqualTo(residentId);
		assertThat(identity.phone().value()).isEqualTo("13912345678");
		assertThat(audited("SUCCESS")).isEqualTo(before + 1);

		long refusals = audited("FAILURE");
		assertThatThrownBy(() -> workers.reveal(staff, worker)).as("staff see masked values only")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(audited("FAILURE")).isEqualTo(refusals + 1);
		assertThatThrownBy(() -> workers.reveal(qiye2, worker)).as("another enterprise does not see the worker")
			.isInstanceOf(NotFoundException.class);
		Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);
		assertThatThrownBy(() -> workers.reveal(beilin, worker)).isInstanceOf(NotFoundException.class);
		assertThat(workers.search(beilin, residentId.value(), 0, 10)).isEmpty();
	}

	@Test
	void theSamePersonCannotBeRegisteredTwiceAndBadNumbersAreNamed() {
		assertThatThrownBy(() -> workers.register(qiye, "王秀兰", residentId.value(), null))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> {
				assertThat(ex.field()).isEqualTo("residentId");
				assertThat(ex.messageKey()).isEqualTo("archive.worker.duplicate");
			});
		String wrongCheck = residentId.value().substring(0, 17) + (residentId.value().endsWith("0") ? "1" : "0");
		assertThatThrownBy(() -> workers.register(qiye, "李四", wrongCheck, null))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("residentId"));
	}

	private long audited(String outcome) {
		return jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'SENSITIVE_VIEW' AND target_id = :id AND outcome = :o")
			.param("id", Long.toString(worker))
			.param("o", outcome)
			.query(Long.class)
			.single();
	}
}
