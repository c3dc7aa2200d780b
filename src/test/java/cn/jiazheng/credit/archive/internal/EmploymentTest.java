package cn.jiazheng.credit.archive.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.Employment;
import cn.jiazheng.credit.archive.EmploymentState;
import cn.jiazheng.credit.archive.Employments;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
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
 * 用工绑定: the new employer proposes, the worker confirms, and the file with its history moves; until
 * then the new employer sees nothing of the worker. Either side ends it.
 */
@PlatformTest
class EmploymentTest {

	@Autowired
	Employments employments;

	@Autowired
	Workers workers;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private Actor anxin;

	private Actor haobangshou;

	private Actor worker;

	private ResidentId id;

	private long workerId;

	@BeforeEach
	void aWorkerOfAnxinWithHerOwnAccount() {
		DemoData.Cast cast = demo.seedCast();
		anxin = new Actor(5, "qiye", "安心家政", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		haobangshou = new Actor(8, "qiye2", "好帮手", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), cast.otherEnterprise());
		id = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		workerId = workers.register(anxin, "张桂芳", id.value(), null);
		long account = 900_000 + workerId;
		jdbc.sql("UPDATE archive.worker SET account_id = :a WHERE id = :id").param("a", account).param("id", workerId).update();
		worker = new Actor(account, "worker" + workerId, "张桂芳", Role.WORKER, null, null);
	}

	@Test
	void theNewEmployerSeesTheFileOnlyOnceTheWorkerConfirmsAndTheHistoryTravels() {
		assertThat(employments.ofOwnFile(worker)).singleElement()
			.satisfies(m -> assertThat(m.state()).as("registration is the first employment").isEqualTo(EmploymentState.ACTIVE));

		long proposal = employments.propose(haobangshou, id.value());
		assertThatThrownBy(() -> workers.get(haobangshou, workerId)).as("nothing before the worker confirms")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> employments.propose(haobangshou, id.value())).isInstanceOf(ConflictException.class);

		employments.confirm(worker, proposal);
		assertThat(workers.get(haobangshou, workerId).regionCode()).as("the file moved to the new employer's county")
			.isEqualTo("610103");
		assertThatThrownBy(() -> workers.get(anxin, workerId)).as("the previous employer no longer reaches it")
			.isInstanceOf(NotFoundException.class);
		assertThat(employments.ofOwnFile(worker)).extracting(Employment::enterpriseName, Employment::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("碑林好帮手家政服务部", EmploymentState.ACTIVE),
					org.assertj.core.groups.Tuple.tuple("西安安心家政服务有限公司", EmploymentState.ENDED));
	}

	@Test
	void theWorkerAppliesAndOnlyTheEnterpriseDecidesHerApplication() {
		String code = jdbc.sql("SELECT credit_code FROM archive.enterprise WHERE id = :id").param("id", haobangshou.enterpriseId())
			.query(String.class).single();
		assertThatThrownBy(() -> employments.apply(worker, "91610000MA6TG0000X")).as("no released enterprise has it")
			.isInstanceOfSatisfying(cn.jiazheng.credit.platform.InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("creditCode"));
		assertThatThrownBy(() -> employments.apply(anxin, code)).as("an enterprise does not apply").isInstanceOf(AccessDeniedException.class);

		long application = employments.apply(worker, code.toLowerCase());
		assertThatThrownBy(() -> employments.apply(worker, code)).isInstanceOf(ConflictException.class);
		assertThat(employments.ofEnterprise(haobangshou)).filteredOn(m -> m.id() == application).singleElement()
			.satisfies(m -> assertThat(m.appliedByWorker()).isTrue());
		assertThatThrownBy(() -> employments.confirm(worker, application)).as("she does not decide her own application")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> employments.accept(anxin, application)).as("another enterprise does not see it")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> workers.get(haobangshou, workerId)).as("nothing before the enterprise accepts")
			.isInstanceOf(NotFoundException.class);

		employments.accept(haobangshou, application);
		assertThat(workers.get(haobangshou, workerId).regionCode()).isEqualTo("610103");
		assertThatThrownBy(() -> workers.get(anxin, workerId)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> employments.reject(haobangshou, application)).as("decided once").isInstanceOf(ConflictException.class);
	}

	@Test
	void anEnterpriseMayDeclineAnApplication() {
		String code = jdbc.sql("SELECT credit_code FROM archive.enterprise WHERE id = :id").param("id", haobangshou.enterpriseId())
			.query(String.class).single();
		long application = employments.apply(worker, code);
		employments.reject(haobangshou, application);
		assertThat(employments.ofOwnFile(worker)).filteredOn(m -> m.id() == application).singleElement()
			.satisfies(m -> assertThat(m.state()).isEqualTo(EmploymentState.DECLINED));
		assertThat(workers.get(anxin, workerId).enterpriseId()).as("she stays where she was").isEqualTo(anxin.enterpriseId());
	}

	@Test
	void theWorkerMayDeclineAndOnlyTheWorkerDecides() {
		long proposal = employments.propose(haobangshou, id.value());
		Actor someoneElse = new Actor(123, "other-worker", "别人", Role.WORKER, null, null);
		assertThatThrownBy(() -> employments.confirm(someoneElse, proposal)).isInstanceOf(NotFoundException.class);
		employments.decline(worker, proposal);
		assertThatThrownBy(() -> employments.confirm(worker, proposal)).isInstanceOf(ConflictException.class);
		assertThat(workers.get(anxin, workerId).enterpriseId()).isEqualTo(anxin.enterpriseId());
		Actor staff = new Actor(6, "qiye-staff", "前台", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), anxin.enterpriseId());
		assertThatThrownBy(() -> employments.propose(staff, id.value())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void eitherSideEndsTheBindingAndTheEnterpriseThenLosesTheFile() {
		Employment active = employments.ofOwnFile(worker).get(0);
		assertThatThrownBy(() -> employments.end(haobangshou, active.id())).as("not a side of it")
			.isInstanceOf(NotFoundException.class);
		employments.end(worker, active.id());
		assertThatThrownBy(() -> workers.get(anxin, workerId)).isInstanceOf(NotFoundException.class);
		Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
		assertThat(workers.get(yanta, workerId).name()).as("the territory's regulators keep reaching the file")
			.isEqualTo("张桂芳");
	}
}
