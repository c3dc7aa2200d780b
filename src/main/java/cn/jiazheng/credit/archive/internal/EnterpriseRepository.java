package cn.jiazheng.credit.archive.internal;

import cn.jiazheng.credit.platform.SqlText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseRevision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.region.RegionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** archive.enterprise and its revisions, in plain SQL; every read and write is bounded by a scope. */
@Repository
class EnterpriseRepository {

	private static final String ENTERPRISE = "e.id, e.credit_code, e.name, e.region_code, e.state, e.latest_number, e.released_number, e.updated_at";

	private static final String REVISION = "r.enterprise_id, r.number, r.state, r.region_code, r.content::text AS content, r.created_by, r.created_at, "
			+ "r.submitted_by, r.submitted_at, r.decided_by, r.decided_at, r.return_reason, r.publicity_ends, r.released_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EnterpriseRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public long register(Scope scope, CreditCode code, EnterpriseFile file, String by) {
		scope.requireWritable(file.county(), null);
		long id = jdbc.sql("""
				INSERT INTO archive.enterprise (credit_code, name, region_code, latest_region_code, state, latest_number)
				VALUES (:code, :name, :region, :region, 'DRAFT', 1) RETURNING id""")
			.param("code", code.value())
			.param("name", file.name())
			.param("region", file.regionCode())
			.query(Long.class)
			.single();
		insertRevision(id, 1, file, by);
		return id;
	}

	/** The county an enterprise is registered in, for moving a worker's file to it. */
	@Unscoped("part of an employment change the service has checked")
	public String regionOf(long id) {
		return jdbc.sql("SELECT region_code FROM archive.enterprise WHERE id = :id").param("id", id).query(String.class).single();
	}

	@Unscoped("a released enterprise's name is public information")
	public Optional<String> releasedName(long id) {
		return jdbc.sql("SELECT name FROM archive.enterprise WHERE id = :id AND released_number IS NOT NULL")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	@Unscoped("uniqueness of a credit code is checked across the whole platform")
	public boolean creditCodeTaken(CreditCode code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM archive.enterprise WHERE credit_code = :c)")
			.param("c", code.value())
			.query(Boolean.class)
			.single();
	}

	@Unscoped("uniqueness of a credit code is checked across the whole platform")
	public java.util.Set<String> registeredCreditCodes(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("SELECT credit_code FROM archive.enterprise WHERE credit_code IN (:codes)")
			.param("codes", List.copyOf(codes))
			.query(String.class)
			.list());
	}

	public Optional<Enterprise> find(Scope scope, long id) {
		Scope.SqlCondition in = reach(scope);
		return jdbc.sql("SELECT " + ENTERPRISE + " FROM archive.enterprise e WHERE e.id = :id AND " + in.sql())
			.param("id", id)
			.params(in.parameters())
			.query(EnterpriseRepository::enterprise)
			.optional();
	}

	public List<Enterprise> list(Scope scope, RevisionState state, String text, int limit, int offset) {
		Filter filter = new Filter(scope, state, text);
		return jdbc.sql("SELECT " + ENTERPRISE + " FROM archive.enterprise e WHERE " + filter.sql
				+ " ORDER BY e.updated_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
			.params(filter.parameters)
			.param("limit", limit)
			.param("offset", offset)
			.query(EnterpriseRepository::enterprise)
			.list();
	}

	public long count(Scope scope, RevisionState state, String text) {
		Filter filter = new Filter(scope, state, text);
		return jdbc.sql("SELECT count(*) FROM archive.enterprise e WHERE " + filter.sql)
			.params(filter.parameters)
			.query(Long.class)
			.single();
	}

	/** How many files stand in each state, within the scope. */
	public Map<RevisionState, Long> countByState(Scope scope) {
		Scope.SqlCondition in = reach(scope);
		Map<RevisionState, Long> counts = new HashMap<>();
		jdbc.sql("SELECT e.state, count(*) AS n FROM archive.enterprise e WHERE " + in.sql() + " GROUP BY e.state")
			.params(in.parameters())
			.query((rs, row) -> counts.put(RevisionState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	public List<EnterpriseRevision> revisions(Scope scope, long enterpriseId) {
		Scope.SqlCondition in = reach(scope);
		return jdbc.sql("SELECT " + REVISION + " FROM archive.enterprise_revision r JOIN archive.enterprise e ON e.id = r.enterprise_id"
				+ " WHERE r.enterprise_id = :id AND " + in.sql() + " ORDER BY r.number DESC")
			.param("id", enterpriseId)
			.params(in.parameters())
			.query(this::revision)
			.list();
	}

	/** Revisions waiting for a decision whose county lies within the reviewer's scope, oldest first. */
	public List<EnterpriseRevision> queue(Scope scope, RegionCode within, int limit) {
		Scope.SqlCondition in = scope.condition("r.region_code", "r.enterprise_id");
		return jdbc.sql("SELECT " + REVISION + " FROM archive.enterprise_revision r WHERE r.state = 'SUBMITTED' AND " + in.sql()
				+ (within == null ? "" : " AND r.region_code LIKE :within") + " ORDER BY r.submitted_at, r.enterprise_id LIMIT :limit")
			.params(in.parameters())
			.param("within", within == null ? null : within.value() + "%")
			.param("limit", limit)
			.query(this::revision)
			.list();
	}

	@Unscoped("the enterprise was found within scope by the caller; the content is its own draft")
	public void updateDraft(long enterpriseId, int number, EnterpriseFile file) {
		int changed = jdbc.sql("""
				UPDATE archive.enterprise_revision SET content = CAST(:content AS jsonb), region_code = :region
				 WHERE enterprise_id = :id AND number = :n AND state IN ('DRAFT','RETURNED')""")
			.param("content", json.writeValueAsString(file))
			.param("region", file.regionCode())
			.param("id", enterpriseId)
			.param("n", number)
			.update();
		if (changed != 1) {
			throw new IllegalStateException("draft vanished");
		}
		jdbc.sql("UPDATE archive.enterprise SET latest_region_code = :region, updated_at = now() WHERE id = :id")
			.param("region", file.regionCode())
			.param("id", enterpriseId)
			.update();
	}

	@Unscoped("the enterprise was found within scope by the caller")
	public int newRevision(long enterpriseId, EnterpriseFile file, String by) {
		int number = jdbc.sql("UPDATE archive.enterprise SET latest_number = latest_number + 1, state = 'DRAFT', updated_at = now() WHERE id = :id RETURNING latest_number")
			.param("id", enterpriseId)
			.query(Integer.class)
			.single();
		insertRevision(enterpriseId, number, file, by);
		return number;
	}

	/**
	 * Moves a revision from one state to the next only if it is still in the expected state, so that
	 * of two reviewers acting at once exactly one succeeds.
	 */
	@Unscoped("the revision was found within scope by the caller; the state guard decides")
	public boolean transition(long enterpriseId, int number, RevisionState from, RevisionState to, String by,
			String reason, LocalDate publicityEnds) {
		String stamp = switch (to) {
			case SUBMITTED -> ", submitted_by = :by, submitted_at = now(), return_reason = NULL";
			case RETURNED, PUBLICITY -> ", decided_by = :by, decided_at = now(), return_reason = :reason, publicity_ends = :ends";
			case RELEASED -> ", decided_by = COALESCE(decided_by, :by), decided_at = COALESCE(decided_at, now()), released_at = now()";
			default -> "";
		};
		int changed = jdbc.sql("UPDATE archive.enterprise_revision SET state = :to" + stamp
				+ " WHERE enterprise_id = :id AND number = :n AND state = :from")
			.param("to", to.name())
			.param("by", by)
			.param("reason", reason)
			.param("ends", publicityEnds)
			.param("id", enterpriseId)
			.param("n", number)
			.param("from", from.name())
			.update();
		if (changed == 1) {
			touch(enterpriseId, to);
		}
		return changed == 1;
	}

	/** Supersedes the revision released so far and makes this one the file the public sees. */
	@Unscoped("the revision has just been approved within scope")
	public void markReleased(long enterpriseId, int number, EnterpriseFile file) {
		jdbc.sql("UPDATE archive.enterprise_revision SET state = 'SUPERSEDED' WHERE enterprise_id = :id AND state = 'RELEASED' AND number <> :n")
			.param("id", enterpriseId)
			.param("n", number)
			.update();
		jdbc.sql("UPDATE archive.enterprise SET released_number = :n, name = :name, region_code = :region, updated_at = now() WHERE id = :id")
			.param("n", number)
			.param("name", file.name())
			.param("region", file.regionCode())
			.param("id", enterpriseId)
			.update();
	}

	/** Approved revisions whose publicity period ended before {@code today}. */
	@Unscoped("a platform job: releases whatever publicity has ended, everywhere")
	public List<EnterpriseRevision> publicityEndedBefore(LocalDate today) {
		return jdbc.sql("SELECT " + REVISION + " FROM archive.enterprise_revision r WHERE r.state = 'PUBLICITY' AND r.publicity_ends < :today")
			.param("today", today)
			.query(this::revision)
			.list();
	}

	/**
	 * An enterprise is within reach through the county it is registered in and, while a move is under
	 * review, through the county it is moving to.
	 */
	private static Scope.SqlCondition reach(Scope scope) {
		Scope.SqlCondition registered = scope.condition("e.region_code", "e.id");
		Scope.SqlCondition moving = scope.condition("e.latest_region_code", "e.id");
		Map<String, Object> parameters = new HashMap<>(registered.parameters());
		parameters.putAll(moving.parameters());
		return new Scope.SqlCondition("(" + registered.sql() + " OR " + moving.sql() + ")", parameters);
	}

	private void insertRevision(long enterpriseId, int number, EnterpriseFile file, String by) {
		jdbc.sql("""
				INSERT INTO archive.enterprise_revision (enterprise_id, number, state, region_code, content, created_by)
				VALUES (:id, :n, 'DRAFT', :region, CAST(:content AS jsonb), :by)""")
			.param("id", enterpriseId)
			.param("n", number)
			.param("region", file.regionCode())
			.param("content", json.writeValueAsString(file))
			.param("by", by)
			.update();
		jdbc.sql("UPDATE archive.enterprise SET latest_region_code = :region WHERE id = :id")
			.param("region", file.regionCode())
			.param("id", enterpriseId)
			.update();
	}

	private void touch(long enterpriseId, RevisionState state) {
		jdbc.sql("UPDATE archive.enterprise SET updated_at = now()" + (state == null ? "" : ", state = :state") + " WHERE id = :id")
			.param("state", state == null ? null : state.name())
			.param("id", enterpriseId)
			.update();
	}

	private static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
		int released = rs.getInt("released_number");
		Integer releasedNumber = rs.wasNull() ? null : released;
		return new Enterprise(rs.getLong("id"), new CreditCode(rs.getString("credit_code")), rs.getString("name"),
				rs.getString("region_code"), RevisionState.valueOf(rs.getString("state")), rs.getInt("latest_number"),
				releasedNumber, rs.getTimestamp("updated_at").toInstant());
	}

	private EnterpriseRevision revision(ResultSet rs, int row) throws SQLException {
		java.sql.Date ends = rs.getDate("publicity_ends");
		return new EnterpriseRevision(rs.getLong("enterprise_id"), rs.getInt("number"),
				RevisionState.valueOf(rs.getString("state")), rs.getString("region_code"),
				json.readValue(rs.getString("content"), EnterpriseFile.class), rs.getString("created_by"),
				instant(rs.getTimestamp("created_at")), rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")),
				rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("return_reason"),
				ends == null ? null : ends.toLocalDate(), instant(rs.getTimestamp("released_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The WHERE clause of a list: scope, state, name or credit code. */
	private static final class Filter {

		final String sql;

		final Map<String, Object> parameters = new HashMap<>();

		Filter(Scope scope, RevisionState state, String text) {
			Scope.SqlCondition in = reach(scope);
			StringBuilder where = new StringBuilder(in.sql());
			parameters.putAll(in.parameters());
			if (state != null) {
				where.append(" AND e.state = :state");
				parameters.put("state", state.name());
			}
			if (text != null && !text.isBlank()) {
				where.append(" AND (e.name LIKE :text OR e.credit_code = :code)");
				parameters.put("text", SqlText.containing(text));
				parameters.put("code", text.strip().toUpperCase());
			}
			this.sql = where.toString();
		}
	}
}
