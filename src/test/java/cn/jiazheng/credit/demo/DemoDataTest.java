package cn.jiazheng.credit.demo;

import java.util.Map;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo province: real identifiers, several counties, a mix of states, and the cast bound to real files. */
@PlatformTest
class DemoDataTest {

	private static final Actor ADMIN = new Actor(0, "test", "测试", Role.PLATFORM_ADMIN, null, null);

	@Autowired
	DemoData demo;

	@Autowired
	EnterpriseFiles files;

	@Autowired
	JdbcClient jdbc;

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
		int workers = demo.seedWorkers(200, 7);
		assertThat(workers).isGreaterThan(190);
		assertThat(jdbc.sql("SELECT count(*) FROM archive.worker").query(Long.class).single()).isEqualTo(workersBefore + workers);
		assertThat(jdbc.sql("SELECT count(DISTINCT enterprise_id) FROM archive.worker").query(Long.class).single())
			.as("spread over several employers").isGreaterThan(5);
		assertThat(demo.seedWorkers(200, 7)).as("the same seed adds nothing again").isZero();
	}
}
