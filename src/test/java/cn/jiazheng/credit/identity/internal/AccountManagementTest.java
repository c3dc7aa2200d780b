package cn.jiazheng.credit.identity.internal;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may create which account, and that a write outside the actor's reach leaves nothing behind. */
@PlatformTest
class AccountManagementTest {

	@Autowired
	AccountManagement management;

	@Autowired
	AccountRepository accounts;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private Actor qiye;

	private DemoData.Cast cast;

	@BeforeEach
	void cast() {
		cast = demo.seedCast();
		qiye = accounts.findByUsername("qiye").orElseThrow().actor();
	}

	@Test
	void anEnterpriseAdminCreatesStaffOfItsOwnEnterprise() {
		AccountManagement.Created staff = management.create(qiye,
				new NewAccount("qiye-clerk", "前台小张", Role.ENTERPRISE_STAFF, qiye.territory(), qiye.enterpriseId()));
		Account created = accounts.findOwn(staff.id()).orElseThrow();
		assertThat(created.enterpriseId()).isEqualTo(cast.demoEnterprise());
		assertThat(created.mustChangePassword()).isTrue();
		assertThat(staff.password()).hasSize(12);
	}

	@Test
	void anEnterpriseAdminCannotPlaceStaffInAnotherEnterprise() {
		assertThatThrownBy(() -> management.create(qiye, new NewAccount("intruder", "越权", Role.ENTERPRISE_STAFF,
				RegionCode.of("610103"), cast.otherEnterprise())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(accounts.findByUsername("intruder")).as("nothing half-saved").isEmpty();
	}

	@Test
	void anEnterpriseAdminCannotCreateARegulator() {
		assertThatThrownBy(() -> management.create(qiye,
				new NewAccount("fake-bureau", "假冒主管部门", Role.REGULATOR, RegionCode.of("610113"), null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(accounts.findByUsername("fake-bureau")).isEmpty();
	}

	@Test
	void everyAccountChangeIsAudited() {
		long before = jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'ACCOUNT_CREATE' AND actor = 'qiye'")
			.query(Long.class).single();
		management.create(qiye, new NewAccount("qiye-audited", "审计测试", Role.ENTERPRISE_STAFF, qiye.territory(),
				qiye.enterpriseId()));
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'ACCOUNT_CREATE' AND actor = 'qiye'")
			.query(Long.class).single()).isEqualTo(before + 1);
	}
}
