package cn.jiazheng.credit.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.archive.Employment;
import cn.jiazheng.credit.archive.EmploymentState;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.CopyText;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** archive.employment, with the names its views need. */
@Repository
class EmploymentRepository {

	private static final String SELECT = "SELECT m.id, m.worker_id, w.name AS worker_name, m.enterprise_id, e.name AS enterprise_name, "
			+ "m.state, m.proposed_by, m.proposed_at, m.decided_by, m.decided_at, m.ended_by, m.ended_at, "
			+ "w.account_id IS NOT NULL AS worker_has_account, m.proposed_by_side = 'WORKER' AS applied_by_worker "
			+ "FROM archive.employment m JOIN archive.worker w ON w.id = m.worker_id JOIN archive.enterprise e ON e.id = m.enterprise_id ";

	private final JdbcClient jdbc;

	private final JdbcTemplate copy;

	EmploymentRepository(JdbcClient jdbc, JdbcTemplate copy) {
		this.jdbc = jdbc;
		this.copy = copy;
	}

	@Unscoped("the caller has checked who proposes or registers")
	public long insert(long workerId, long enterpriseId, EmploymentState state, String side, String by) {
		return jdbc.sql("""
				INSERT INTO archive.employment (worker_id, enterprise_id, state, proposed_by_side, proposed_by, decided_by, decided_at)
				VALUES (:worker, :enterprise, :state, :side, :by,
				        CASE WHEN :state = 'ACTIVE' THEN :by END, CASE WHEN :state = 'ACTIVE' THEN now() END)
				RETURNING id""")
			.param("worker", workerId)
			.param("enterprise", enterpriseId)
			.param("state", state.name())
			.param("side", side)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** The first, active employment of many workers registered by one enterprise, in one COPY. */
	@Unscoped("the importing enterprise's own workers, just registered within its scope by the import")
	public void insertActiveAll(java.util.Collection<Long> workerIds, long enterpriseId, String side, String by) {
		if (workerIds.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(workerIds.size() * 64);
		for (long worker : workerIds) {
			// 'now' read as a timestamp is the transaction's start, as now() is in the single insert.
			CopyText.row(text, worker, enterpriseId, "ACTIVE", side, by, by, "now");
		}
		copy.execute((ConnectionCallback<Long>) connection -> CopyText.copyIn(connection,
				"archive.employment (worker_id, enterprise_id, state, proposed_by_side, proposed_by, decided_by, decided_at)", text));
	}

	@Unscoped("the service checks that the actor is a side of the employment")
	public Optional<Employment> find(long id) {
		return jdbc.sql(SELECT + "WHERE m.id = :id").param("id", id).query(EmploymentRepository::employment).optional();
	}

	/** The enterprise's own proposal, whatever its state; a proposal the worker made is not one. */
	@Unscoped("bounded by the proposing enterprise, which the service takes from the actor")
	public Optional<Employment> proposalOf(long id, long enterpriseId) {
		return jdbc.sql(SELECT + "WHERE m.id = :id AND m.enterprise_id = :e AND m.proposed_by_side = 'ENTERPRISE'")
			.param("id", id)
			.param("e", enterpriseId)
			.query(EmploymentRepository::employment)
			.optional();
	}

	@Unscoped("a pair already tied or proposed is refused, wherever it lies")
	public boolean openBetween(long workerId, long enterpriseId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM archive.employment WHERE worker_id = :w AND enterprise_id = :e "
				+ "AND state IN ('PROPOSED','ACTIVE'))")
			.param("w", workerId)
			.param("e", enterpriseId)
			.query(Boolean.class)
			.single();
	}

	public List<Employment> ofEnterprise(Scope scope) {
		Scope.SqlCondition in = scope.condition(null, "m.enterprise_id");
		return jdbc.sql(SELECT + "WHERE " + in.sql() + " ORDER BY m.proposed_at DESC, m.id DESC LIMIT 500")
			.params(in.parameters())
			.query(EmploymentRepository::employment)
			.list();
	}

	@Unscoped("the worker's own employments, reached by their own file")
	public List<Employment> ofWorker(long workerId) {
		return jdbc.sql(SELECT + "WHERE m.worker_id = :w ORDER BY m.proposed_at DESC, m.id DESC")
			.param("w", workerId)
			.query(EmploymentRepository::employment)
			.list();
	}

	/** Moves one employment on only if it is still in {@code from}: of two clicks at once, one counts. */
	@Unscoped("the service checks that the actor is a side of the employment")
	public boolean transition(long id, EmploymentState from, EmploymentState to, String by) {
		String stamp = to == EmploymentState.ENDED ? "ended_by = :by, ended_at = now()" : "decided_by = :by, decided_at = now()";
		return jdbc.sql("UPDATE archive.employment SET state = :to, " + stamp + " WHERE id = :id AND state = :from")
			.param("to", to.name())
			.param("by", by)
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	/** Ends the worker's other active employments: a new employer replaces the previous one. */
	@Unscoped("part of a confirmation the service has checked")
	public void endOthers(long workerId, long keptId, String by) {
		jdbc.sql("UPDATE archive.employment SET state = 'ENDED', ended_by = :by, ended_at = now() "
				+ "WHERE worker_id = :w AND id <> :id AND state = 'ACTIVE'")
			.param("by", by)
			.param("w", workerId)
			.param("id", keptId)
			.update();
	}

	private static Employment employment(ResultSet rs, int row) throws SQLException {
		return new Employment(rs.getLong("id"), rs.getLong("worker_id"), rs.getString("worker_name"),
				rs.getLong("enterprise_id"), rs.getString("enterprise_name"), EmploymentState.valueOf(rs.getString("state")),
				rs.getString("proposed_by"), instant(rs.getTimestamp("proposed_at")), rs.getString("decided_by"),
				instant(rs.getTimestamp("decided_at")), rs.getString("ended_by"), instant(rs.getTimestamp("ended_at")),
				rs.getBoolean("worker_has_account"), rs.getBoolean("applied_by_worker"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
