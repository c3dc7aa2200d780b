package cn.jiazheng.credit.identity;

/** What other modules may ask about accounts: figures within a scope, for dashboards. */
public interface Accounts {

	long count(Scope scope, Role role);

	long countLocked(Scope scope);

	/** The id of an account by its username, for linking it to the person's file. */
	java.util.Optional<Long> idOf(String username);
}
