package cn.jiazheng.credit.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.rating.RatingRun;
import cn.jiazheng.credit.rating.RunKind;
import cn.jiazheng.credit.rating.RunState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * rating.run. A run's territory is its region column: a regulator reaches the runs over their territory
 * or part of it. Execution moves a run only under its lease ({@code lease_owner}, {@code lease_until}):
 * every batch commits its results and its cursor in one transaction guarded by the lease, so an instance
 * that lost the lease cannot commit a batch another instance has taken over.
 */
@Repository
class RunRepository {

	private static final String COLUMNS = """
			run.id, run.model_id, run.model_version, run.subject_kind, run.territory, run.kind, run.state, run.as_of, run.total,
			run.done, run.skipped, run.failure, run.started_by, run.started_at, run.finished_at, run.published_on, run.window_closes,
			run.finalised_on, run.revises_run_id""";

	private final JdbcClient jdbc;

	RunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new RUNNING run, not leased: the first claimer executes it. The partial unique index refuses a second one. */
	@Unscoped("the service has checked that the territory lies within the starter's")
	public long insert(String modelId, int version, FileKind subject, String territory, RunKind kind, LocalDate asOf, long total,
			String by) {
		return jdbc.sql("""
				INSERT INTO rating.run (model_id, model_version, subject_kind, territory, kind, state, as_of, total, started_by)
				VALUES (:model, :version, :subject, :territory, :kind, 'RUNNING', :asOf, :total, :by) RETURNING id""")
			.param("model", modelId)
			.param("version", version)
			.param("subject", subject.name())
			.param("territory", territory)
			.param("kind", kind.name())
			.param("asOf", asOf)
			.param("total", total)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** A DYNAMIC run of one subject, finished as it is stored (its one result goes in the same transaction). */
	@Unscoped("a re-rating the platform makes on a record event")
	public long insertDynamic(String modelId, int version, FileKind subject, String county, LocalDate asOf, String by) {
		return jdbc.sql("""
				INSERT INTO rating.run (model_id, model_version, subject_kind, territory, kind, state, as_of, total, done,
				                        started_by, finished_at)
				VALUES (:model, :version, :subject, :territory, 'DYNAMIC', 'DONE', :asOf, 1, 1, :by, now()) RETURNING id""")
			.param("model", modelId)
			.param("version", version)
			.param("subject", subject.name())
			.param("territory", county)
			.param("asOf", asOf)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	public Optional<RatingRun> find(Scope scope, long id) {
		Scope.SqlCondition in = scope.condition("run.territory", null);
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.run run WHERE run.id = :id AND " + in.sql())
			.params(in.parameters())
			.param("id", id)
			.query(RunRepository::run)
			.optional();
	}

	@Unscoped("the engine executing a run it has claimed")
	public RatingRun get(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.run run WHERE run.id = :id").param("id", id).query(RunRepository::run).single();
	}

	public List<RatingRun> list(Scope scope, int limit) {
		Scope.SqlCondition in = scope.condition("run.territory", null);
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.run run WHERE run.kind <> 'DYNAMIC' AND " + in.sql()
				+ " ORDER BY run.id DESC LIMIT :limit")
			.params(in.parameters())
			.param("limit", limit)
			.query(RunRepository::run)
			.list();
	}

	/** The latest finished FULL run of the model over exactly this territory, for a dry run's comparison. */
	@Unscoped("the dry run was found within scope; the base run covers the same territory")
	public Optional<Long> latestFull(String modelId, String territory) {
		return jdbc.sql("""
				SELECT id FROM rating.run WHERE model_id = :model AND kind = 'FULL' AND state = 'DONE'
				AND COALESCE(territory, '') = COALESCE(:territory, '') ORDER BY id DESC LIMIT 1""")
			.param("model", modelId)
			.param("territory", territory)
			.query(Long.class)
			.optional();
	}

	/**
	 * Takes the run for this instance if nobody holds it: one UPDATE, so of several claimers at once exactly
	 * one gets the row back. Returns the cursor to resume from.
	 */
	@Unscoped("the engine, for a run started within scope")
	public Optional<Long> claim(long id, String owner, Duration lease) {
		return jdbc.sql("""
				UPDATE rating.run SET lease_owner = :owner, lease_until = now() + make_interval(secs => :secs)
				WHERE id = :id AND state = 'RUNNING' AND kind <> 'DYNAMIC' AND (lease_until IS NULL OR lease_until < now())
				RETURNING cursor_id""")
			.param("owner", owner)
			.param("secs", (double) lease.toSeconds())
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	/** Runs whose executor stopped (crashed, or the instance went away): their lease has run out. */
	@Unscoped("the engine's resumption job, for the whole platform")
	public List<Long> abandoned() {
		return jdbc.sql("""
				SELECT id FROM rating.run WHERE state = 'RUNNING' AND kind <> 'DYNAMIC'
				AND (lease_until IS NULL OR lease_until < now()) ORDER BY id""")
			.query(Long.class)
			.list();
	}

	/** A batch is stored: the cursor moves and the lease is extended, only while this instance holds it. */
	@Unscoped("the engine, under its lease")
	public boolean advance(long id, String owner, long cursor, int rated, int skipped, Duration lease) {
		return jdbc.sql("""
				UPDATE rating.run SET cursor_id = :cursor, done = done + :rated, skipped = skipped + :skipped, batches = batches + 1,
				       -- files registered in the territory after the run was counted are rated too: the total grows
				       -- with them, so the progress never shows more than all
				       total = GREATEST(total, done + :rated + skipped + :skipped),
				       lease_until = now() + make_interval(secs => :secs)
				WHERE id = :id AND state = 'RUNNING' AND lease_owner = :owner AND lease_until >= now()""")
			.param("cursor", cursor)
			.param("rated", rated)
			.param("skipped", skipped)
			.param("secs", (double) lease.toSeconds())
			.param("id", id)
			.param("owner", owner)
			.update() == 1;
	}

	@Unscoped("the engine, under its lease")
	public boolean finish(long id, String owner, RunState state, String failure) {
		return jdbc.sql("""
				UPDATE rating.run SET state = :state, failure = :failure, finished_at = now(), lease_owner = NULL, lease_until = NULL
				WHERE id = :id AND state = 'RUNNING' AND lease_owner = :owner""")
			.param("state", state.name())
			.param("failure", failure)
			.param("id", id)
			.param("owner", owner)
			.update() == 1;
	}

	private static RatingRun run(ResultSet rs, int row) throws SQLException {
		return new RatingRun(rs.getLong("id"), rs.getString("model_id"), rs.getInt("model_version"),
				FileKind.valueOf(rs.getString("subject_kind")), rs.getString("territory"), RunKind.valueOf(rs.getString("kind")),
				RunState.valueOf(rs.getString("state")), rs.getObject("as_of", LocalDate.class), rs.getLong("total"),
				rs.getLong("done"), rs.getLong("skipped"), rs.getString("failure"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
				rs.getObject("published_on", LocalDate.class), rs.getObject("window_closes", LocalDate.class),
				rs.getObject("finalised_on", LocalDate.class), rs.getObject("revises_run_id", Long.class));
	}
}
