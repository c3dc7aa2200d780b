package cn.jiazheng.credit.audit;

/**
 * Who acted, as the audit trail writes it down. The identity module's actor implements it, so that
 * the trail needs no knowledge of accounts.
 */
public interface AuditActor {

	/** Someone not logged in, e.g. a failed login or a public page. */
	AuditActor ANONYMOUS = simple("anonymous", "ANONYMOUS", null);

	/** The platform itself: scheduled jobs, start-up loaders. */
	AuditActor SYSTEM = simple("system", "SYSTEM", null);

	String auditName();

	String auditRole();

	/** The actor's territory as a region code, or {@code null} when they have none. */
	String auditTerritory();

	static AuditActor simple(String name, String role, String territory) {
		return new AuditActor() {
			@Override
			public String auditName() {
				return name;
			}

			@Override
			public String auditRole() {
				return role;
			}

			@Override
			public String auditTerritory() {
				return territory;
			}
		};
	}
}
