package cn.jiazheng.credit.identity.internal;

import java.util.List;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo cast: one account per role; 西安市商务局 ({@code xian}) also holds the right to read a
 * background check's category, so that the demo shows one regulator with it and one ({@code yanta})
 * without. Idempotent.
 */
@Component
class DemoAccounts implements DemoCast {

	private static final Actor SEEDER = new Actor(0, AuditActor.SYSTEM.auditName(), "demo", Role.PLATFORM_ADMIN, null,
			null);

	private final AccountManagement management;

	private final AccountRepository accounts;

	DemoAccounts(AccountManagement management, AccountRepository accounts) {
		this.management = management;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void seed(long demoEnterprise, long otherEnterprise) {
		List<NewAccount> cast = List.of(new NewAccount("admin", "平台管理员", Role.PLATFORM_ADMIN, null, null),
				new NewAccount("shaanxi", "陕西省商务厅", Role.REGULATOR, RegionCode.of("61"), null),
				new NewAccount("xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null),
				new NewAccount("yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null),
				new NewAccount("beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null),
				new NewAccount("qiye", "西安安心家政服务有限公司", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), demoEnterprise),
				new NewAccount("qiye-staff", "安心家政·前台", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), demoEnterprise),
				new NewAccount("qiye2", "碑林好帮手家政服务部", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), otherEnterprise),
				new NewAccount("ayi", "王秀兰", Role.WORKER, null, null),
				new NewAccount("jumin", "李明", Role.CONSUMER, null, null));
		for (NewAccount account : cast) {
			if (accounts.findByUsername(account.username()).isEmpty()) {
				management.createWithPassword(SEEDER, account, PASSWORD);
			}
		}
		// Ensured on every run, not only at creation, so that a demo database made before the permission
		// existed shows it too; granting one already held records nothing.
		management.grant(SEEDER, accounts.findByUsername("xian").orElseThrow().id(), Permission.VIEW_BACKGROUND_CATEGORY);
	}
}
