package cn.jiazheng.credit.identity;

/**
 * 演示账号: one account per role, for the demo profile and for tests that want the same cast. Only the
 * demo data module calls it; a production start never does.
 */
public interface DemoCast {

	/** Meets the password policy; documented in the README. */
	String PASSWORD = "Demo@2026";

	/**
	 * Creates the accounts that do not exist yet.
	 *
	 * @param demoEnterprise the enterprise of {@code qiye} and {@code qiye-staff} (雁塔区)
	 * @param otherEnterprise the enterprise of {@code qiye2} (碑林区)
	 */
	void seed(long demoEnterprise, long otherEnterprise);
}
