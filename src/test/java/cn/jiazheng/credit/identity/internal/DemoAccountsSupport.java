package cn.jiazheng.credit.identity.internal;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;

/** Actors for tests that act without logging in. */
public final class DemoAccountsSupport {

	public static final Actor ADMIN = new Actor(0, "test-admin", "测试管理员", Role.PLATFORM_ADMIN, null, null);

	private DemoAccountsSupport() {
	}
}
