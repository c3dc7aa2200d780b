package cn.jiazheng.credit.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.RatingFacts;
import cn.jiazheng.credit.platform.SqlText;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One statement per page of subjects: the page is cut on the primary key first (id order, territory
 * prefix), and only then are its aggregates joined, so a page costs the same at the start and at the end
 * of a territory of a million files.
 */
@Service
@Transactional(readOnly = true)
@Unscoped("the rating engine rates whole territories and single subjects as the platform, not as a person")
class JdbcRatingFacts implements RatingFacts {

	/**
	 * Current workers per enterprise of the page, and how many meet each condition on the day. The
	 * summary columns are written when a worker's file is released; the background check's clear-until
	 * when a check is recorded.
	 */
	private static final String ENTERPRISES = """
			SELECT e.id, e.region_code, e.released_number IS NOT NULL AS released,
			       COALESCE(ins.valid, FALSE) AS insurance_valid,
			       COALESCE(w.current_workers, 0) AS current_workers, COALESCE(w.qualified, 0) AS qualified,
			       COALESCE(w.health_valid, 0) AS health_valid, COALESCE(w.background_clear, 0) AS background_clear,
			       COALESCE(w.trained, 0) AS trained
			FROM (%s) e
			LEFT JOIN LATERAL (
			    SELECT bool_or(NULLIF(i->>'validFrom', '')::date <= :asOf AND NULLIF(i->>'validUntil', '')::date >= :asOf) AS valid
			    FROM archive.revision r, jsonb_array_elements(COALESCE(r.content->'insurances', '[]'::jsonb)) i
			    WHERE r.kind = 'ENTERPRISE' AND r.subject_id = e.id AND r.number = e.released_number) ins ON TRUE
			LEFT JOIN LATERAL (
			    SELECT count(*) AS current_workers,
			           count(*) FILTER (WHERE wk.health_valid_until >= :asOf AND wk.background_clear_until >= :asOf
			                            AND wk.training_count >= 1) AS qualified,
			           count(*) FILTER (WHERE wk.health_valid_until >= :asOf) AS health_valid,
			           count(*) FILTER (WHERE wk.background_clear_until >= :asOf) AS background_clear,
			           count(*) FILTER (WHERE wk.training_count >= 1) AS trained
			    FROM archive.employment m JOIN archive.worker wk ON wk.id = m.worker_id
			    WHERE m.enterprise_id = e.id AND m.state = 'ACTIVE') w ON TRUE
			ORDER BY e.id""";

	/** Years since the first employment began (decided), in Beijing time, never negative. */
	private static final String WORKERS = """
			SELECT w.id, w.region_code, w.enterprise_id, w.released_number IS NOT NULL AS released, w.training_hours,
			       CASE w.skill_level WHEN 'LEVEL_5' THEN 1 WHEN 'LEVEL_4' THEN 2 WHEN 'LEVEL_3' THEN 3
			                          WHEN 'LEVEL_2' THEN 4 WHEN 'LEVEL_1' THEN 5 ELSE 0 END AS skill,
			       COALESCE(GREATEST(0, EXTRACT(YEAR FROM age(CAST(:asOf AS date),
			           (SELECT min(m.decided_at) FROM archive.employment m
			            WHERE m.worker_id = w.id AND m.state IN ('ACTIVE', 'ENDED'))
			           AT TIME ZONE 'Asia/Shanghai'))::int), 0) AS years,
			       COALESCE(w.health_valid_until >= :asOf, FALSE) AS health_valid,
			       COALESCE(w.background_clear_until >= :asOf, FALSE) AS background_clear,
			       COALESCE(w.insured_until >= :asOf, FALSE) AS insurance_valid
			FROM (%s) w
			ORDER BY w.id""";

	private final JdbcClient jdbc;

	JdbcRatingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long count(FileKind kind, RegionCode within) {
		String table = kind == FileKind.ENTERPRISE ? "archive.enterprise" : "archive.worker";
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE region_code LIKE :within")
			.param("within", prefix(within))
			.query(Long.class)
			.single();
	}

	@Override
	public List<EnterpriseFacts> enterprises(RegionCode within, LocalDate asOf, long afterId, int limit) {
		return jdbc.sql(ENTERPRISES.formatted("""
				SELECT id, region_code, released_number FROM archive.enterprise
				WHERE id > :after AND region_code LIKE :within ORDER BY id LIMIT :limit"""))
			.param("after", afterId)
			.param("within", prefix(within))
			.param("limit", limit)
			.param("asOf", asOf)
			.query(JdbcRatingFacts::enterprise)
			.list();
	}

	@Override
	public List<WorkerFacts> workers(RegionCode within, LocalDate asOf, long afterId, int limit) {
		return jdbc.sql(WORKERS.formatted("""
				SELECT * FROM archive.worker WHERE id > :after AND region_code LIKE :within ORDER BY id LIMIT :limit"""))
			.param("after", afterId)
			.param("within", prefix(within))
			.param("limit", limit)
			.param("asOf", asOf)
			.query(JdbcRatingFacts::worker)
			.list();
	}

	@Override
	public Optional<EnterpriseFacts> enterprise(long id, LocalDate asOf) {
		return jdbc.sql(ENTERPRISES.formatted("SELECT id, region_code, released_number FROM archive.enterprise WHERE id = :id"))
			.param("id", id)
			.param("asOf", asOf)
			.query(JdbcRatingFacts::enterprise)
			.optional();
	}

	@Override
	public Optional<WorkerFacts> worker(long id, LocalDate asOf) {
		return jdbc.sql(WORKERS.formatted("SELECT * FROM archive.worker WHERE id = :id"))
			.param("id", id)
			.param("asOf", asOf)
			.query(JdbcRatingFacts::worker)
			.optional();
	}

	private static String prefix(RegionCode within) {
		return within == null ? "%" : SqlText.startingWith(within.value());
	}

	private static EnterpriseFacts enterprise(ResultSet rs, int row) throws SQLException {
		return new EnterpriseFacts(rs.getLong("id"), rs.getString("region_code"), rs.getBoolean("released"),
				rs.getBoolean("insurance_valid"), rs.getInt("current_workers"), rs.getInt("qualified"), rs.getInt("health_valid"),
				rs.getInt("background_clear"), rs.getInt("trained"));
	}

	private static WorkerFacts worker(ResultSet rs, int row) throws SQLException {
		long enterprise = rs.getLong("enterprise_id");
		return new WorkerFacts(rs.getLong("id"), rs.getString("region_code"), rs.wasNull() ? null : enterprise,
				rs.getBoolean("released"), rs.getInt("training_hours"), rs.getInt("skill"), rs.getInt("years"),
				rs.getBoolean("health_valid"), rs.getBoolean("background_clear"), rs.getBoolean("insurance_valid"));
	}
}
