package cn.jiazheng.credit.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyRepository {

	private static final String COLUMNS = "id, name, prefix, secret_digest, scopes, territory, created_by, created_at, revoked_at, last_used_at";

	private final JdbcClient jdbc;

	ApiKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Scope scope, String name, String prefix, String digest, List<ApiScope> scopes,
			RegionCode territory) {
		scope.requireWritable(territory, null);
		return jdbc.sql("""
				INSERT INTO identity.api_key (name, prefix, secret_digest, scopes, territory, created_by)
				VALUES (:name, :prefix, :digest, :scopes, :territory, :by) RETURNING id""")
			.param("name", name)
			.param("prefix", prefix)
			.param("digest", digest)
			.param("scopes", scopes.stream().map(ApiScope::code).toArray(String[]::new))
			.param("territory", territory.value())
			.param("by", scope.actor().username())
			.query(Long.class)
			.single();
	}

	@Unscoped("authentication finds the key by its prefix before anyone is known")
	public Optional<ApiKey> findByPrefix(String prefix) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.api_key WHERE prefix = :p").param("p", prefix).query(ApiKeyRepository::map).optional();
	}

	public List<ApiKey> list(Scope scope) {
		Scope.SqlCondition in = scope.condition("territory", null);
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.api_key WHERE " + in.sql() + " ORDER BY id DESC")
			.params(in.parameters())
			.query(ApiKeyRepository::map)
			.list();
	}

	public boolean revoke(Scope scope, long id, Instant at) {
		Scope.SqlCondition in = scope.condition("territory", null);
		return jdbc.sql("UPDATE identity.api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL AND " + in.sql())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.params(in.parameters())
			.update() == 1;
	}

	@Unscoped("the key that has just authenticated")
	public void touch(long id, Instant at) {
		jdbc.sql("UPDATE identity.api_key SET last_used_at = :at WHERE id = :id").param("at", Timestamp.from(at)).param("id", id).update();
	}

	private static ApiKey map(ResultSet rs, int row) throws SQLException {
		String[] scopes = (String[]) rs.getArray("scopes").getArray();
		Timestamp revoked = rs.getTimestamp("revoked_at");
		Timestamp used = rs.getTimestamp("last_used_at");
		return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), rs.getString("secret_digest"),
				Arrays.stream(scopes).map(code -> ApiScope.fromCode(code).orElseThrow()).toList(),
				RegionCode.of(rs.getString("territory")), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant(),
				used == null ? null : used.toInstant());
	}
}
