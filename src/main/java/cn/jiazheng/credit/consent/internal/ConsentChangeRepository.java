package cn.jiazheng.credit.consent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jiazheng.credit.consent.ConsentChange;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.ConsentSource;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * consent.consent_change, append-only. The table has no territory of its own: a worker's consent is
 * reached through the worker, whose file the service has already found for the reader.
 */
@Repository
class ConsentChangeRepository {

	private final JdbcClient jdbc;

	ConsentChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Unscoped("written after the service has found the worker's file for the actor")
	public void insert(long workerId, ConsentScope scope, boolean granted, ConsentSource source, Long letterId, String by) {
		jdbc.sql("""
				INSERT INTO consent.consent_change (worker_id, scope, granted, source, letter_id, changed_by)
				VALUES (:worker, :scope, :granted, :source, :letter, :by)""")
			.param("worker", workerId)
			.param("scope", scope.name())
			.param("granted", granted)
			.param("source", source.name())
			.param("letter", letterId)
			.param("by", by)
			.update();
	}

	/** Holds the worker's consent until the transaction ends, so that two changes at once are made one after the other. */
	@Unscoped("a lock, taken after the service has found the worker's file for the actor")
	public void lock(long workerId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('consent.consent_change:' || :worker, 0))")
			.param("worker", workerId)
			.query((rs, row) -> 1)
			.list();
	}

	/** The scopes whose newest change is a grant. */
	@Unscoped("a yes or no about one worker's consent, asked on the platform's behalf or after the service's check")
	public Set<ConsentScope> inForce(long workerId) {
		Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
		jdbc.sql("""
				SELECT DISTINCT ON (scope) scope, granted FROM consent.consent_change WHERE worker_id = :worker
				ORDER BY scope, changed_at DESC, id DESC""")
			.param("worker", workerId)
			.query((rs, row) -> rs.getBoolean("granted") ? ConsentScope.valueOf(rs.getString("scope")) : null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.forEach(scopes::add);
		return scopes;
	}

	@Unscoped("a yes or no about one worker's consent, asked on the platform's behalf or after the service's check")
	public boolean allows(long workerId, ConsentScope scope) {
		return jdbc.sql("""
				SELECT coalesce((SELECT granted FROM consent.consent_change WHERE worker_id = :worker AND scope = :scope
				                 ORDER BY changed_at DESC, id DESC LIMIT 1), false)""")
			.param("worker", workerId)
			.param("scope", scope.name())
			.query(Boolean.class)
			.single();
	}

	@Unscoped("read after the service has found the worker's file for the reader")
	public List<ConsentChange> history(long workerId) {
		return jdbc.sql("""
				SELECT id, worker_id, scope, granted, source, letter_id, changed_by, changed_at FROM consent.consent_change
				WHERE worker_id = :worker ORDER BY changed_at DESC, id DESC""")
			.param("worker", workerId)
			.query(ConsentChangeRepository::change)
			.list();
	}

	private static ConsentChange change(ResultSet rs, int row) throws SQLException {
		long letter = rs.getLong("letter_id");
		return new ConsentChange(rs.getLong("id"), rs.getLong("worker_id"), ConsentScope.valueOf(rs.getString("scope")),
				rs.getBoolean("granted"), ConsentSource.valueOf(rs.getString("source")), rs.wasNull() ? null : letter,
				rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
	}
}
