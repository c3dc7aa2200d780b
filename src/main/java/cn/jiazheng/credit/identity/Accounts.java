package cn.jiazheng.credit.identity;

/**
 * What other modules may ask of accounts: figures within a scope, for dashboards, and the granting of
 * 专项权限 (for the demo data).
 */
public interface Accounts {

	long count(Scope scope, Role role);

	long countLocked(Scope scope);

	/** The id of an account by its username, for linking it to the person's file. */
	java.util.Optional<Long> idOf(String username);

	/**
	 * Grants a permission to a regulator's account; granting one already held does nothing. It counts
	 * from the account's next login.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException unless {@code admin} is the platform admin
	 * @throws cn.jiazheng.credit.platform.InvalidValueException if the account is not a regulator's (field {@code permission})
	 * @throws cn.jiazheng.credit.platform.NotFoundException if there is no such account
	 */
	void grant(Actor admin, long accountId, Permission permission);

	/** Takes a permission back; revoking one not held does nothing. Same rules as {@link #grant}. */
	void revoke(Actor admin, long accountId, Permission permission);
}
