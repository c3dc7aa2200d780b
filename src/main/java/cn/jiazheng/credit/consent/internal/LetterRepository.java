package cn.jiazheng.credit.consent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiazheng.credit.consent.AuthorisationLetter;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** consent.authorisation_letter; the letter's bytes only ever sealed. */
@Repository
class LetterRepository {

	private static final String COLUMNS = "l.id, l.worker_id, l.content_type, l.size_bytes, l.platform_sharing, l.consumer_queries, "
			+ "l.uploaded_by, l.uploaded_at, l.revoked_at";

	private final JdbcClient jdbc;

	LetterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Scope scope, long workerId, String contentType, int size, String digest, byte[] sealed,
			Set<ConsentScope> scopes, RegionCode region, Long enterpriseId, Long employmentId, String by) {
		scope.requireWritable(region, enterpriseId);
		return jdbc.sql("""
				INSERT INTO consent.authorisation_letter (worker_id, content_type, size_bytes, content_digest, content_sealed,
				    platform_sharing, consumer_queries, region_code, enterprise_id, employment_id, uploaded_by)
				VALUES (:worker, :type, :size, :digest, :sealed, :platform, :consumer, :region, :enterprise, :employment, :by)
				RETURNING id""")
			.param("worker", workerId)
			.param("type", contentType)
			.param("size", size)
			.param("digest", digest)
			.param("sealed", sealed)
			.param("platform", scopes.contains(ConsentScope.PLATFORM_SHARING))
			.param("consumer", scopes.contains(ConsentScope.CONSUMER_QUERIES))
			.param("region", region.value())
			.param("enterprise", enterpriseId)
			.param("employment", employmentId)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	public List<AuthorisationLetter> byWorker(Scope scope, long workerId) {
		Scope.SqlCondition in = scope.condition("l.region_code", "l.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM consent.authorisation_letter l WHERE l.worker_id = :w AND " + in.sql()
				+ " ORDER BY l.uploaded_at DESC, l.id DESC")
			.param("w", workerId)
			.params(in.parameters())
			.query(LetterRepository::letter)
			.list();
	}

	/** Every letter of the worker, wherever filed: for the worker's own pages and the consent rules. */
	@Unscoped("the worker's own letters, reached by their own file, or a yes or no the service needs")
	public List<AuthorisationLetter> ofWorker(long workerId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM consent.authorisation_letter l WHERE l.worker_id = :w"
				+ " ORDER BY l.uploaded_at DESC, l.id DESC")
			.param("w", workerId)
			.query(LetterRepository::letter)
			.list();
	}

	public Optional<AuthorisationLetter> find(Scope scope, long id) {
		Scope.SqlCondition in = scope.condition("l.region_code", "l.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM consent.authorisation_letter l WHERE l.id = :id AND " + in.sql())
			.param("id", id)
			.params(in.parameters())
			.query(LetterRepository::letter)
			.optional();
	}

	public Optional<byte[]> sealedContent(Scope scope, long id) {
		Scope.SqlCondition in = scope.condition("l.region_code", "l.enterprise_id");
		return jdbc.sql("SELECT l.content_sealed FROM consent.authorisation_letter l WHERE l.id = :id AND " + in.sql())
			.param("id", id)
			.params(in.parameters())
			.query(byte[].class)
			.optional();
	}

	private static AuthorisationLetter letter(ResultSet rs, int row) throws SQLException {
		Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
		if (rs.getBoolean("platform_sharing")) {
			scopes.add(ConsentScope.PLATFORM_SHARING);
		}
		if (rs.getBoolean("consumer_queries")) {
			scopes.add(ConsentScope.CONSUMER_QUERIES);
		}
		var revoked = rs.getTimestamp("revoked_at");
		return new AuthorisationLetter(rs.getLong("id"), rs.getLong("worker_id"), rs.getString("content_type"),
				rs.getInt("size_bytes"), scopes, rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
				revoked == null ? null : revoked.toInstant());
	}
}
