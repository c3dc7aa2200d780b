package cn.jiazheng.credit.rating.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The publication columns of rating.run, the stage of rating.result and rating.final_grade. Every move is
 * guarded by the state it moves from, so that of two regulators publishing or finalising at once exactly
 * one succeeds.
 */
@Repository
class PublicationRepository {

	private final JdbcClient jdbc;

	PublicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A result as the objection window needs it. */
	record Published(FileKind subject, long subjectId, String regionCode, String grade) {
	}

	/** Locks the run row for the rest of the transaction. */
	@Unscoped("the run was found within the actor's scope")
	void lock(long runId) {
		jdbc.sql("SELECT id FROM rating.run WHERE id = :id FOR UPDATE").param("id", runId).query(Long.class).single();
	}

	@Unscoped("the run was found within the actor's scope")
	boolean markPublished(long runId, LocalDate day, LocalDate closes, String by) {
		return jdbc.sql("""
				UPDATE rating.run SET published_on = :day, window_closes = :closes, published_by = :by, published_at = now()
				WHERE id = :id AND published_on IS NULL AND state = 'DONE'""")
			.param("day", day)
			.param("closes", closes)
			.param("by", by)
			.param("id", runId)
			.update() == 1;
	}

	/** INITIAL → PUBLISHED for the whole run; returns what was published. */
	@Unscoped("the run was found within the actor's scope")
	List<Published> publishResults(long runId) {
		return jdbc.sql("""
				UPDATE rating.result SET stage = 'PUBLISHED' WHERE run_id = :run AND stage = 'INITIAL'
				RETURNING subject_kind, subject_id, region_code, grade""")
			.param("run", runId)
			.query((rs, n) -> new Published(FileKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
					rs.getString("region_code"), rs.getString("grade")))
			.list();
	}

	/** The run and its corrections (runs that name it in revises_run_id). */
	@Unscoped("the root run was found within the actor's scope")
	List<Long> family(long rootId) {
		return jdbc.sql("SELECT id FROM rating.run WHERE id = :id OR revises_run_id = :id ORDER BY id")
			.param("id", rootId)
			.query(Long.class)
			.list();
	}

	@Unscoped("the root run was found within the actor's scope")
	List<Long> corrections(long rootId) {
		return jdbc.sql("SELECT id FROM rating.run WHERE revises_run_id = :id ORDER BY id").param("id", rootId).query(Long.class).list();
	}

	@Unscoped("the root run was found within the actor's scope")
	Optional<LocalDate> latestClose(Collection<Long> runIds) {
		return Optional.ofNullable(jdbc.sql("SELECT max(window_closes) FROM rating.run WHERE id IN (:ids)")
			.param("ids", runIds)
			.query(LocalDate.class)
			.single());
	}

	@Unscoped("the root run was found within the actor's scope")
	int markFinalised(Collection<Long> runIds, LocalDate day, String by) {
		return jdbc.sql("""
				UPDATE rating.run SET finalised_on = :day, finalised_by = :by, finalised_at = now()
				WHERE id IN (:ids) AND finalised_on IS NULL AND published_on IS NOT NULL""")
			.param("day", day)
			.param("by", by)
			.param("ids", runIds)
			.update();
	}

	/**
	 * PUBLISHED → FINAL for the runs, and their results become the current final grades of their model. For a
	 * FULL run, the final grades of the model within its territory that the run does not renew are removed:
	 * the run replaces them all.
	 */
	@Unscoped("the runs were found within the actor's scope")
	int finaliseResults(Collection<Long> runIds, String modelId, FileKind subject, String replaceTerritory, boolean replaceAll) {
		int moved = jdbc.sql("UPDATE rating.result SET stage = 'FINAL' WHERE run_id IN (:ids) AND stage = 'PUBLISHED'")
			.param("ids", runIds)
			.update();
		if (replaceAll) {
			jdbc.sql("""
					DELETE FROM rating.final_grade f WHERE f.model_id = :model AND f.subject_kind = :kind
					AND f.region_code LIKE :territory AND NOT EXISTS (SELECT 1 FROM rating.result r WHERE r.run_id IN (:ids)
					    AND r.stage = 'FINAL' AND r.subject_kind = f.subject_kind AND r.subject_id = f.subject_id)""")
				.param("model", modelId)
				.param("kind", subject.name())
				.param("territory", (replaceTerritory == null ? "" : replaceTerritory) + "%")
				.param("ids", runIds)
				.update();
		}
		jdbc.sql("""
				INSERT INTO rating.final_grade (model_id, subject_kind, subject_id, run_id, region_code, enterprise_id, model_version,
				                                grade, score, finalised_at)
				SELECT DISTINCT ON (r.subject_kind, r.subject_id) r.model_id, r.subject_kind, r.subject_id, r.run_id, r.region_code,
				       r.enterprise_id, r.model_version, r.grade, r.score, now()
				FROM rating.result r WHERE r.run_id IN (:ids) AND r.stage = 'FINAL'
				ORDER BY r.subject_kind, r.subject_id, r.run_id DESC
				ON CONFLICT (model_id, subject_kind, subject_id) DO UPDATE SET run_id = EXCLUDED.run_id,
				    region_code = EXCLUDED.region_code, enterprise_id = EXCLUDED.enterprise_id,
				    model_version = EXCLUDED.model_version, grade = EXCLUDED.grade, score = EXCLUDED.score,
				    finalised_at = EXCLUDED.finalised_at""")
			.param("ids", runIds)
			.update();
		return moved;
	}

	@Unscoped("a correction the platform makes after an upheld objection")
	boolean supersede(long runId, FileKind subject, long subjectId) {
		return jdbc.sql("""
				UPDATE rating.result SET stage = 'SUPERSEDED'
				WHERE run_id = :run AND subject_kind = :kind AND subject_id = :subject AND stage = 'PUBLISHED'""")
			.param("run", runId)
			.param("kind", subject.name())
			.param("subject", subjectId)
			.update() == 1;
	}

	/** A correction: a run of one result, published on {@code day}, that names the run whose result it replaces. */
	@Unscoped("a correction the platform makes after an upheld objection")
	long insertCorrection(String modelId, int version, FileKind subject, String county, LocalDate day, LocalDate closes,
			long revises, String by) {
		return jdbc.sql("""
				INSERT INTO rating.run (model_id, model_version, subject_kind, territory, kind, state, as_of, total, done,
				                        started_by, finished_at, published_on, window_closes, published_by, published_at, revises_run_id)
				VALUES (:model, :version, :subject, :territory, 'DYNAMIC', 'DONE', :day, 1, 1, :by, now(), :day, :closes, :by, now(),
				        :revises) RETURNING id""")
			.param("model", modelId)
			.param("version", version)
			.param("subject", subject.name())
			.param("territory", county)
			.param("day", day)
			.param("closes", closes)
			.param("by", by)
			.param("revises", revises)
			.query(Long.class)
			.single();
	}

	@Unscoped("a correction the platform makes after an upheld objection")
	void publishResult(long runId) {
		jdbc.sql("UPDATE rating.result SET stage = 'PUBLISHED' WHERE run_id = :run AND stage = 'INITIAL'").param("run", runId).update();
	}

	// --- dynamic re-ratings ---

	/**
	 * A pending re-rating: the INITIAL result {@code result} of a dynamic run {@code run} (not a correction) that is
	 * not published yet. Publishing moves all of a run's INITIAL results at once, so the run's own condition says
	 * it; it is run_dynamic_pending_idx's predicate, through which the pending runs are found, each with its one
	 * result by the primary key (results are not indexed by subject, V84_1).
	 */
	private static String pending(String run, String result) {
		return run + ".kind = 'DYNAMIC' AND " + run + ".revises_run_id IS NULL AND " + run + ".published_on IS NULL AND " + result
				+ ".stage = 'INITIAL'";
	}

	/** A newer pending re-rating {@code n} of the same subject and model as {@code r}. */
	private static final String NEWER_PENDING = "SELECT 1 FROM rating.result n JOIN rating.run nr ON nr.id = n.run_id WHERE "
			+ pending("nr", "n") + " AND n.model_id = r.model_id AND n.subject_kind = r.subject_kind"
			+ " AND n.subject_id = r.subject_id AND n.run_id > r.run_id";

	private static final String PENDING_DYNAMIC = "FROM rating.run run JOIN rating.result r ON r.run_id = run.id WHERE "
			+ pending("run", "r") + " AND NOT EXISTS (" + NEWER_PENDING + ")";

	long pendingDynamic(Scope scope) {
		Scope.SqlCondition in = scope.condition("run.territory", null);
		return jdbc.sql("SELECT count(*) " + PENDING_DYNAMIC + " AND " + in.sql()).params(in.parameters()).query(Long.class).single();
	}

	/** The pending re-ratings to publish: the latest per subject and model. The older ones are superseded. */
	List<Long> takePendingDynamic(Scope scope) {
		Scope.SqlCondition in = scope.condition("run.territory", null);
		jdbc.sql("UPDATE rating.result r SET stage = 'SUPERSEDED' FROM rating.run run WHERE r.run_id = run.id AND "
				+ pending("run", "r") + " AND EXISTS (" + NEWER_PENDING + ") AND " + in.sql())
			.params(in.parameters())
			.update();
		return jdbc.sql("SELECT run.id " + PENDING_DYNAMIC + " AND " + in.sql() + " ORDER BY run.id FOR UPDATE OF run SKIP LOCKED")
			.params(in.parameters())
			.query(Long.class)
			.list();
	}

	/** Published dynamic re-ratings (and corrections whose run is final) not yet final, whose window closed before {@code today}. */
	List<Long> finalisableDynamic(Scope scope, LocalDate today) {
		Scope.SqlCondition in = scope.condition("run.territory", null);
		return jdbc.sql("""
				SELECT run.id FROM rating.run run LEFT JOIN rating.run root ON root.id = run.revises_run_id
				WHERE run.kind = 'DYNAMIC' AND run.published_on IS NOT NULL AND run.finalised_on IS NULL
				AND run.window_closes < :today AND (run.revises_run_id IS NULL OR root.finalised_on IS NOT NULL) AND\s""" + in.sql()
				+ " ORDER BY run.id")
			.params(in.parameters())
			.param("today", today)
			.query(Long.class)
			.list();
	}

	// --- 我的信用 ---

	/** The result behind the current final grade of the model, if any. */
	@Unscoped("an enterprise user's own enterprise, which the caller passes")
	Optional<Long> finalRun(String modelId, FileKind subject, long subjectId) {
		return jdbc.sql("SELECT run_id FROM rating.final_grade WHERE model_id = :model AND subject_kind = :kind AND subject_id = :id")
			.param("model", modelId)
			.param("kind", subject.name())
			.param("id", subjectId)
			.query(Long.class)
			.optional();
	}

	/** The newest published, not yet final result of the model for the subject, if newer than {@code after}. */
	@Unscoped("an enterprise user's own enterprise, which the caller passes")
	Optional<Long> publishedRun(String modelId, FileKind subject, long subjectId, long after) {
		return jdbc.sql("""
				SELECT r.run_id FROM rating.result r JOIN rating.run run ON run.id = r.run_id
				WHERE r.model_id = :model AND r.subject_kind = :kind AND r.subject_id = :id AND r.stage = 'PUBLISHED'
				AND run.kind <> 'DRY' AND r.run_id > :after ORDER BY r.run_id DESC LIMIT 1""")
			.param("model", modelId)
			.param("kind", subject.name())
			.param("id", subjectId)
			.param("after", after)
			.query(Long.class)
			.optional();
	}

	record FinalGradeRow(String modelId, int modelVersion, String grade, LocalDate finalisedOn) {
	}

	/**
	 * An enterprise's final grades under the enterprise models in force: one statement on the primary key
	 * (PostgreSQL skips over the few model ids) and the one active version per model.
	 */
	@Unscoped("a final grade is published information, shown to anyone")
	List<FinalGradeRow> publicFinalGrades(long enterpriseId) {
		return jdbc.sql("""
				SELECT f.model_id, f.model_version, f.grade,
				       COALESCE(run.finalised_on, (f.finalised_at AT TIME ZONE 'Asia/Shanghai')::date) AS finalised_on
				FROM rating.final_grade f
				JOIN rating.model_version v ON v.model_id = f.model_id AND v.state = 'ACTIVE'
				JOIN rating.run run ON run.id = f.run_id
				WHERE f.subject_kind = 'ENTERPRISE' AND f.subject_id = :id
				ORDER BY f.model_id""")
			.param("id", enterpriseId)
			.query((rs, n) -> new FinalGradeRow(rs.getString("model_id"), rs.getInt("model_version"), rs.getString("grade"),
					rs.getObject("finalised_on", LocalDate.class)))
			.list();
	}
}
