package cn.jiazheng.credit.archive.internal;

import cn.jiazheng.credit.platform.SqlText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** archive.enterprise and its revisions, in plain SQL; every read and write is bounded by a scope. */
@Repository
class EnterpriseRepository {

	private static final String ENTERPRISE = "e.id, e.credit_code, e.name, e.region_code, e.state, e.latest_number, e.released_number, e.updated_at";

	private final JdbcClient jdbc;

	EnterpriseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long register(Scope scope, CreditCode code, EnterpriseFile file) {
		scope.requireWritable(file.county(), null);
		long id = jdbc.sql("""
				INSERT INTO archive.enterprise (credit_code, name, region_code, latest_region_code, state, latest_number)
				VALUES (:code, :name, :region, :region, 'DRAFT', 1) RETURNING id""")
			.param("code", code.value())
			.param("name", file.name())
			.param("region", file.regionCode())
			.query(Long.class)
			.single();
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

	@Unscoped("a released enterprise's name is public information")
	public Map<Long, String> releasedNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, name FROM archive.enterprise WHERE id = ANY(:ids) AND released_number IS NOT NULL")
			.param("ids", ids.toArray(Long[]::new))
			.query(rs -> {
				names.put(rs.getLong("id"), rs.getString("name"));
			});
		return names;
	}

	/** A released enterprise by its credit code: public information, as on its licence. */
	@Unscoped("a released enterprise's identity is public information")
	public Optional<Long> releasedIdOf(CreditCode code) {
		return jdbc.sql("SELECT id FROM archive.enterprise WHERE credit_code = :c AND released_number IS NOT NULL")
			.param("c", code.value())
			.query(Long.class)
			.optional();
	}

	@Unscoped("an enterprise's identity and county are public information, as on its licence")
	public Optional<Enterprise> findByCreditCode(CreditCode code) {
		return jdbc.sql("SELECT " + ENTERPRISE + " FROM archive.enterprise e WHERE e.credit_code = :c")
			.param("c", code.value())
			.query(EnterpriseRepository::enterprise)
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
		return jdbc.sql("SELECT count(*) FROM (" + filter.disjoint("1") + ") e")
			.params(filter.parameters)
			.query(Long.class)
			.single();
	}

	/** How many files stand in each state, within the scope. */
	public Map<RevisionState, Long> countByState(Scope scope) {
		Filter filter = new Filter(scope, null, null);
		Map<RevisionState, Long> counts = new HashMap<>();
		jdbc.sql("SELECT e.state, count(*) AS n FROM (" + filter.disjoint("e.state") + ") e GROUP BY e.state")
			.params(filter.parameters)
			.query((rs, row) -> counts.put(RevisionState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The county of the latest revision: while it differs from the registered one, both counties reach the file. */
	@Unscoped("the enterprise was found within scope by the caller")
	public void setLatestRegion(long enterpriseId, String regionCode) {
		jdbc.sql("UPDATE archive.enterprise SET latest_region_code = :region WHERE id = :id")
			.param("region", regionCode)
			.param("id", enterpriseId)
			.update();
	}

	/** What the public sees follows the released revision: its name and county. */
	@Unscoped("the revision has just been approved within scope")
	public void released(long enterpriseId, EnterpriseFile file) {
		jdbc.sql("UPDATE archive.enterprise SET name = :name, region_code = :region WHERE id = :id")
			.param("name", file.name())
			.param("region", file.regionCode())
			.param("id", enterpriseId)
			.update();
	}

	/**
	 * An enterprise is within reach through the county it is registered in and, while a move is under
	 * review, through the county it is moving to.
	 */
	private static Scope.SqlCondition reach(Scope scope) {
		Reach reach = new Reach(scope);
		return new Scope.SqlCondition("(" + reach.registered.sql() + " OR (e.moving AND " + reach.moving.sql() + "))",
				reach.parameters());
	}

	/**
	 * The two roads into a scope. Only files under a move ({@code moving}: the latest revision names another
	 * county) can be reached through the second; both conditions share their parameter names.
	 */
	private record Reach(Scope.SqlCondition registered, Scope.SqlCondition moving) {

		Reach(Scope scope) {
			this(scope.condition("e.region_code", "e.id"), scope.condition("e.latest_region_code", "e.id"));
		}

		Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>(registered.parameters());
			parameters.putAll(moving.parameters());
			return parameters;
		}
	}

	private static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
		int released = rs.getInt("released_number");
		Integer releasedNumber = rs.wasNull() ? null : released;
		return new Enterprise(rs.getLong("id"), new CreditCode(rs.getString("credit_code")), rs.getString("name"),
				rs.getString("region_code"), RevisionState.valueOf(rs.getString("state")), rs.getInt("latest_number"),
				releasedNumber, rs.getTimestamp("updated_at").toInstant());
	}

	/** The WHERE clause of a list: scope, state, name or credit code. */
	private static final class Filter {

		final String sql;

		final Map<String, Object> parameters = new HashMap<>();

		private final Reach reach;

		private final String narrowing;

		Filter(Scope scope, RevisionState state, String text) {
			reach = new Reach(scope);
			parameters.putAll(reach.parameters());
			StringBuilder where = new StringBuilder();
			if (state != null) {
				where.append(" AND e.state = :state");
				parameters.put("state", state.name());
			}
			if (text != null && !text.isBlank()) {
				where.append(" AND (e.name LIKE :text OR e.credit_code = :code)");
				parameters.put("text", SqlText.containing(text));
				parameters.put("code", text.strip().toUpperCase());
			}
			narrowing = where.toString();
			sql = reach(scope).sql() + narrowing;
		}

		/**
		 * The same rows as {@link #sql}, as two disjoint selects of {@code columns}: the files registered in
		 * the scope, then those only moving into it. For counting: each half can be read from an index
		 * alone, where the OR of {@link #sql} makes PostgreSQL visit the table for every row.
		 */
		String disjoint(String columns) {
			String registered = reach.registered().sql();
			return "SELECT " + columns + " FROM archive.enterprise e WHERE " + registered + narrowing
					+ " UNION ALL SELECT " + columns + " FROM archive.enterprise e WHERE e.moving AND "
					+ reach.moving().sql() + " AND NOT (" + registered + ")" + narrowing;
		}
	}
}
