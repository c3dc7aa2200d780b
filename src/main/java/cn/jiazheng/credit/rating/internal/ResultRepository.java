package cn.jiazheng.credit.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.CopyText;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * rating.result: each row names its county (and, for enterprise users later, its enterprise), through
 * which every read is scoped; the JSON columns are kept as written.
 */
@Repository
class ResultRepository {

	private static final String COLUMNS = """
			r.run_id, r.subject_kind, r.subject_id, r.region_code, r.enterprise_id, r.model_id, r.model_version, r.score, r.grade,
			r.band, r.features::text AS features, r.stage, r.rated_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ResultRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** One row as stored; the features as JSON text. */
	record Row(long runId, FileKind subject, long subjectId, String regionCode, Long enterpriseId, String modelId, int modelVersion,
			int score, String grade, String band, String features, String stage, Instant ratedAt) {
	}

	/**
	 * A batch of a run by COPY, inside the caller's transaction: at tens of thousands of results a run,
	 * COPY is several times cheaper than INSERTs. A subject stored twice in a run violates the primary key.
	 */
	@Unscoped("the engine stores what it rated under its lease")
	public void insert(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(rows.size() * 600);
		for (Row r : rows) {
			CopyText.row(text, r.runId(), r.subject().name(), r.subjectId(), r.regionCode(), r.enterpriseId(), r.modelId(),
					r.modelVersion(), r.score(), r.grade(), r.band(), r.features());
		}
		batch.execute((ConnectionCallback<Long>) connection -> CopyText.copyIn(connection, """
				rating.result (run_id, subject_kind, subject_id, region_code, enterprise_id, model_id, model_version, score, grade, band,
				               features)""", text));
	}

	public List<Row> page(Scope scope, long runId, String grade, int page, int size) {
		Scope.SqlCondition in = scope.condition("r.region_code", "r.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.result r WHERE r.run_id = :run AND " + in.sql() + gradeFilter(grade)
				+ " ORDER BY r.subject_kind, r.subject_id LIMIT :size OFFSET :offset")
			.params(in.parameters())
			.param("run", runId)
			.param("grade", grade == null ? "" : grade)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(ResultRepository::row)
			.list();
	}

	public long count(Scope scope, long runId, String grade) {
		Scope.SqlCondition in = scope.condition("r.region_code", "r.enterprise_id");
		return jdbc.sql("SELECT count(*) FROM rating.result r WHERE r.run_id = :run AND " + in.sql() + gradeFilter(grade))
			.params(in.parameters())
			.param("run", runId)
			.param("grade", grade == null ? "" : grade)
			.query(Long.class)
			.single();
	}

	private static String gradeFilter(String grade) {
		if (grade == null || grade.isBlank()) {
			return " AND :grade = :grade";
		}
		return "-".equals(grade) ? " AND r.grade IS NULL AND :grade = :grade" : " AND r.grade = :grade";
	}

	public Optional<Row> find(Scope scope, long runId, FileKind kind, long subjectId) {
		Scope.SqlCondition in = scope.condition("r.region_code", "r.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.result r WHERE r.run_id = :run AND r.subject_kind = :kind"
				+ " AND r.subject_id = :subject AND " + in.sql())
			.params(in.parameters())
			.param("run", runId)
			.param("kind", kind.name())
			.param("subject", subjectId)
			.query(ResultRepository::row)
			.optional();
	}

	/** Grade → count, "-" for 不予评定. */
	public Map<String, Long> distribution(Scope scope, long runId) {
		Scope.SqlCondition in = scope.condition("r.region_code", "r.enterprise_id");
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT COALESCE(r.grade, '-') AS grade, count(*) AS n FROM rating.result r WHERE r.run_id = :run AND " + in.sql()
				+ " GROUP BY 1")
			.params(in.parameters())
			.param("run", runId)
			.query((rs, row) -> counts.put(rs.getString("grade"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** A migration cell: from the base run's grade ("∅" without a base result) to the dry run's. */
	record Cell(String from, String to, long count) {
	}

	public List<Cell> migration(Scope scope, long dryRunId, Long baseRunId) {
		Scope.SqlCondition in = scope.condition("d.region_code", "d.enterprise_id");
		return jdbc.sql("""
				SELECT CASE WHEN b.subject_id IS NULL THEN '∅' ELSE COALESCE(b.grade, '-') END AS from_grade,
				       COALESCE(d.grade, '-') AS to_grade, count(*) AS n
				FROM rating.result d
				LEFT JOIN rating.result b ON b.run_id = :base AND b.subject_kind = d.subject_kind AND b.subject_id = d.subject_id
				WHERE d.run_id = :dry AND\s""" + in.sql() + " GROUP BY 1, 2")
			.params(in.parameters())
			.param("base", baseRunId == null ? -1L : baseRunId)
			.param("dry", dryRunId)
			.query((rs, row) -> new Cell(rs.getString("from_grade"), rs.getString("to_grade"), rs.getLong("n")))
			.list();
	}

	/** Subjects whose grade differs between the base run and the dry run (or who are new to it). */
	record Changed(FileKind subject, long subjectId, String regionCode, String from, String to, int scoreFrom, int scoreTo) {
	}

	public List<Changed> changes(Scope scope, long dryRunId, Long baseRunId, int limit) {
		Scope.SqlCondition in = scope.condition("d.region_code", "d.enterprise_id");
		return jdbc.sql("""
				SELECT d.subject_kind, d.subject_id, d.region_code,
				       CASE WHEN b.subject_id IS NULL THEN '∅' ELSE COALESCE(b.grade, '-') END AS from_grade,
				       COALESCE(d.grade, '-') AS to_grade, COALESCE(b.score, 0) AS score_from, d.score AS score_to
				FROM rating.result d
				LEFT JOIN rating.result b ON b.run_id = :base AND b.subject_kind = d.subject_kind AND b.subject_id = d.subject_id
				WHERE d.run_id = :dry AND (b.subject_id IS NULL OR b.grade IS DISTINCT FROM d.grade) AND\s""" + in.sql()
				+ " ORDER BY d.subject_kind, d.subject_id LIMIT :limit")
			.params(in.parameters())
			.param("base", baseRunId == null ? -1L : baseRunId)
			.param("dry", dryRunId)
			.param("limit", limit)
			.query((rs, row) -> new Changed(FileKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
					rs.getString("region_code"), rs.getString("from_grade"), rs.getString("to_grade"), rs.getInt("score_from"),
					rs.getInt("score_to")))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		long enterprise = rs.getLong("enterprise_id");
		Long enterpriseId = rs.wasNull() ? null : enterprise;
		Timestamp at = rs.getTimestamp("rated_at");
		return new Row(rs.getLong("run_id"), FileKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				rs.getString("region_code"), enterpriseId, rs.getString("model_id"), rs.getInt("model_version"), rs.getInt("score"),
				rs.getString("grade"), rs.getString("band"), rs.getString("features"), rs.getString("stage"),
				at.toInstant());
	}
}
