package cn.jiazheng.credit.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** identity.account and its password history, in plain SQL. */
@Repository
class AccountRepository {

	private static final String COLUMNS = "id, username, display_name, password_hash, role, territory, enterprise_id, enabled, "
			+ "failed_attempts, locked_until, must_change_password, totp_secret, totp_last_step, created_at, last_login_at, permissions";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Unscoped("login looks an account up by name before anyone is known")
	public Optional<Account> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE lower(username) = lower(:u)")
			.param("u", username)
			.query(AccountRepository::map)
			.optional();
	}

	@Unscoped("the logged-in account itself, found by its own id")
	public Optional<Account> findOwn(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE id = :id").param("id", id).query(AccountRepository::map).optional();
	}

	public Optional<Account> find(Scope scope, long id) {
		Scope.SqlCondition in = scope.condition("territory", "enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE id = :id AND " + in.sql())
			.param("id", id)
			.params(in.parameters())
			.query(AccountRepository::map)
			.optional();
	}

	public List<Account> list(Scope scope, AccountFilter filter, int limit, int offset) {
		Scope.SqlCondition in = scope.condition("territory", "enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.account WHERE " + in.sql() + filter.sql()
				+ " ORDER BY id LIMIT :limit OFFSET :offset")
			.params(in.parameters())
			.params(filter.parameters())
			.param("limit", limit)
			.param("offset", offset)
			.query(AccountRepository::map)
			.list();
	}

	public long count(Scope scope, AccountFilter filter) {
		Scope.SqlCondition in = scope.condition("territory", "enterprise_id");
		return jdbc.sql("SELECT count(*) FROM identity.account WHERE " + in.sql() + filter.sql())
			.params(in.parameters())
			.params(filter.parameters())
			.query(Long.class)
			.single();
	}

	public long insert(Scope scope, NewAccount account, String passwordHash, boolean mustChangePassword) {
		scope.requireWritable(account.territory(), account.enterpriseId());
		long id = jdbc.sql("""
				INSERT INTO identity.account (username, display_name, password_hash, role, territory, enterprise_id, must_change_password)
				VALUES (:username, :displayName, :hash, :role, :territory, :enterprise, :mustChange) RETURNING id""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("hash", passwordHash)
			.param("role", account.role().name())
			.param("territory", account.territory() == null ? null : account.territory().value())
			.param("enterprise", account.enterpriseId())
			.param("mustChange", mustChangePassword)
			.query(Long.class)
			.single();
		addToHistory(id, passwordHash);
		return id;
	}

	@Unscoped("changes the password of an account already found within scope or the account itself")
	public void changePassword(long id, String passwordHash, boolean mustChangePassword) {
		jdbc.sql("UPDATE identity.account SET password_hash = :hash, must_change_password = :mustChange, failed_attempts = 0, locked_until = NULL WHERE id = :id")
			.param("hash", passwordHash)
			.param("mustChange", mustChangePassword)
			.param("id", id)
			.update();
		addToHistory(id, passwordHash);
	}

	@Unscoped("password history of an account already found within scope")
	public List<String> recentPasswordHashes(long id, int howMany) {
		return jdbc.sql("SELECT password_hash FROM identity.password_history WHERE account_id = :id ORDER BY created_at DESC, ctid DESC LIMIT :n")
			.param("id", id)
			.param("n", howMany)
			.query(String.class)
			.list();
	}

	private void addToHistory(long id, String passwordHash) {
		jdbc.sql("INSERT INTO identity.password_history (account_id, password_hash, created_at) VALUES (:id, :hash, clock_timestamp())")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	/** Counts a failed login; the fifth in a row locks the account until {@code lockUntil}. */
	@Unscoped("login failures are counted before anyone is known")
	public int recordFailure(String username, int maxAttempts, Instant lockUntil) {
		return jdbc.sql("""
				UPDATE identity.account
				   SET failed_attempts = failed_attempts + 1,
				       locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :until ELSE locked_until END
				 WHERE lower(username) = lower(:u)
				RETURNING failed_attempts""")
			.param("max", maxAttempts)
			.param("until", Timestamp.from(lockUntil))
			.param("u", username)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	@Unscoped("the account that has just logged in")
	public void recordSuccess(long id, Instant at) {
		jdbc.sql("UPDATE identity.account SET failed_attempts = 0, locked_until = NULL, last_login_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	@Unscoped("an account already found within scope")
	public void setLock(long id, Instant lockedUntil) {
		jdbc.sql("UPDATE identity.account SET locked_until = :until, failed_attempts = 0 WHERE id = :id")
			.param("until", lockedUntil == null ? null : Timestamp.from(lockedUntil))
			.param("id", id)
			.update();
	}

	@Unscoped("an account already found within scope")
	public void setEnabled(long id, boolean enabled) {
		jdbc.sql("UPDATE identity.account SET enabled = :enabled WHERE id = :id").param("enabled", enabled).param("id", id).update();
	}

	/**
	 * Deletes the account's database-backed sessions (their attributes go with them), so that a locked
	 * account is logged out everywhere at once rather than when its sessions time out.
	 */
	@Unscoped("an account already found within scope")
	public int endSessions(long id) {
		return jdbc.sql("DELETE FROM identity.spring_session WHERE principal_name = (SELECT username FROM identity.account WHERE id = :id)")
			.param("id", id)
			.update();
	}

	@Unscoped("the account itself, enrolling its own second factor")
	public void setTotpSecret(long id, String sealedSecret, long usedStep) {
		jdbc.sql("UPDATE identity.account SET totp_secret = :secret, totp_last_step = :step WHERE id = :id")
			.param("secret", sealedSecret)
			.param("step", usedStep)
			.param("id", id)
			.update();
	}

	/** Records a code's step as used, unless that step (or a later one) was used already. */
	@Unscoped("the account itself, showing its own second factor")
	public boolean useTotpStep(long id, long step) {
		return jdbc.sql("UPDATE identity.account SET totp_last_step = :step WHERE id = :id AND totp_last_step < :step")
			.param("step", step)
			.param("id", id)
			.update() == 1;
	}

	/** Adds the permission unless the account holds it already; true if the row changed. */
	@Unscoped("an account already found within scope")
	public boolean addPermission(long id, Permission permission) {
		return jdbc.sql("UPDATE identity.account SET permissions = array_append(permissions, :p) WHERE id = :id AND NOT (:p = ANY (permissions))")
			.param("p", permission.name())
			.param("id", id)
			.update() == 1;
	}

	/** Removes the permission if the account holds it; true if the row changed. */
	@Unscoped("an account already found within scope")
	public boolean removePermission(long id, Permission permission) {
		return jdbc.sql("UPDATE identity.account SET permissions = array_remove(permissions, :p) WHERE id = :id AND :p = ANY (permissions)")
			.param("p", permission.name())
			.param("id", id)
			.update() == 1;
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		String territory = rs.getString("territory");
		long enterprise = rs.getLong("enterprise_id");
		Long enterpriseId = rs.wasNull() ? null : enterprise;
		Timestamp locked = rs.getTimestamp("locked_until");
		Timestamp lastLogin = rs.getTimestamp("last_login_at");
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
				territory == null ? null : RegionCode.of(territory), enterpriseId, rs.getBoolean("enabled"),
				rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(),
				rs.getBoolean("must_change_password"), rs.getString("totp_secret"), rs.getLong("totp_last_step"),
				rs.getTimestamp("created_at").toInstant(), lastLogin == null ? null : lastLogin.toInstant(),
				permissions((String[]) rs.getArray("permissions").getArray()));
	}

	/** A name no longer in the enum grants nothing, rather than keeping its holder from logging in. */
	private static Set<Permission> permissions(String[] names) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (String name : names) {
			for (Permission permission : Permission.values()) {
				if (permission.name().equals(name)) {
					permissions.add(permission);
				}
			}
		}
		return permissions;
	}
}
