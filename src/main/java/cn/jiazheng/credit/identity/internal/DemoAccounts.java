package cn.jiazheng.credit.identity.internal;

import java.util.List;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 演示账号: one account per role for trying the platform, created only in the demo profile (a
 * production start never creates them) and by tests that want the same cast. Idempotent.
 */
@Component
public class DemoAccounts {

	/** Meets the password policy; documented in the README. */
	public static final String PASSWORD = "Demo@2026";

	/** The enterprise that the demo enterprise accounts belong to (雁塔区). */
	public static final long DEMO_ENTERPRISE = 1L;

	/** A second enterprise in another county (碑林区), for "not my enterprise" checks. */
	public static final long OTHER_ENTERPRISE = 2L;

	public static final List<NewAccount> CAST = List.of(
			new NewAccount("admin", "平台管理员", Role.PLATFORM_ADMIN, null, null),
			new NewAccount("shaanxi", "陕西省商务厅", Role.REGULATOR, RegionCode.of("61"), null),
			new NewAccount("xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null),
			new NewAccount("yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null),
			new NewAccount("beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null),
			new NewAccount("qiye", "西安安心家政服务有限公司", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), DEMO_ENTERPRISE),
			new NewAccount("qiye-staff", "安心家政·前台", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), DEMO_ENTERPRISE),
			new NewAccount("qiye2", "碑林好帮手家政服务部", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), OTHER_ENTERPRISE),
			new NewAccount("ayi", "王秀兰", Role.WORKER, null, null),
			new NewAccount("jumin", "李明", Role.CONSUMER, null, null));

	private static final Actor SEEDER = new Actor(0, AuditActor.SYSTEM.auditName(), "demo", Role.PLATFORM_ADMIN, null,
			null);

	private final AccountManagement management;

	private final AccountRepository accounts;

	DemoAccounts(AccountManagement management, AccountRepository accounts) {
		this.management = management;
		this.accounts = accounts;
	}

	@Transactional
	public void seed() {
		for (NewAccount account : CAST) {
			if (accounts.findByUsername(account.username()).isEmpty()) {
				management.createWithPassword(SEEDER, account, PASSWORD);
			}
		}
	}

	/** Once the application is ready, so that the reference data the accounts point at are loaded. */
	@Component
	@Profile("demo")
	static class OnDemoStart {

		private final DemoAccounts demo;

		OnDemoStart(DemoAccounts demo) {
			this.demo = demo;
		}

		@EventListener(ApplicationReadyEvent.class)
		public void seed() {
			demo.seed();
		}
	}
}
