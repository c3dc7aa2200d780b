package cn.jiazheng.credit.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.rating.ModelState;
import cn.jiazheng.credit.rating.ModelVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** rating.model_version: models are the platform's, not a territory's; who may change them is checked by the service. */
@Repository
@Unscoped("scoring models belong to the platform, not to a territory; the service checks who may read or change them")
class ModelRepository {

	private static final String COLUMNS = "model_id, version, name, subject_kind, state, fingerprint, uploaded_by, uploaded_at, activated_by, activated_at";

	private final JdbcClient jdbc;

	ModelRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a checked file; false when a version with this id and number (or this very text) exists already. */
	public boolean insert(String id, int version, String name, FileKind subject, String source, String fingerprint, String by) {
		return jdbc.sql("""
				INSERT INTO rating.model_version (model_id, version, name, subject_kind, source, fingerprint, state, uploaded_by)
				VALUES (:id, :version, :name, :subject, :source, :fingerprint, 'CANDIDATE', :by)
				ON CONFLICT DO NOTHING""")
			.param("id", id)
			.param("version", version)
			.param("name", name)
			.param("subject", subject.name())
			.param("source", source)
			.param("fingerprint", fingerprint)
			.param("by", by)
			.update() == 1;
	}

	public Optional<ModelVersion> find(String id, int version) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.model_version WHERE model_id = :id AND version = :version")
			.param("id", id)
			.param("version", version)
			.query(ModelRepository::version)
			.optional();
	}

	public Optional<ModelVersion> byFingerprint(String fingerprint) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.model_version WHERE fingerprint = :f")
			.param("f", fingerprint)
			.query(ModelRepository::version)
			.optional();
	}

	public Optional<String> source(String id, int version) {
		return jdbc.sql("SELECT source FROM rating.model_version WHERE model_id = :id AND version = :version")
			.param("id", id)
			.param("version", version)
			.query(String.class)
			.optional();
	}

	public List<ModelVersion> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.model_version ORDER BY model_id, version DESC")
			.query(ModelRepository::version)
			.list();
	}

	public List<ModelVersion> versions(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.model_version WHERE model_id = :id ORDER BY version DESC")
			.param("id", id)
			.query(ModelRepository::version)
			.list();
	}

	public List<ModelVersion> active() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating.model_version WHERE state = 'ACTIVE' ORDER BY model_id")
			.query(ModelRepository::version)
			.list();
	}

	/**
	 * Retires the version in force (if another) and activates this one, in the caller's transaction; the
	 * partial unique index keeps one ACTIVE version per id even when two activations race.
	 */
	public boolean activate(String id, int version, String by) {
		jdbc.sql("""
				UPDATE rating.model_version SET state = 'RETIRED', retired_by = :by, retired_at = now()
				WHERE model_id = :id AND state = 'ACTIVE' AND version <> :version""")
			.param("id", id)
			.param("version", version)
			.param("by", by)
			.update();
		return jdbc.sql("""
				UPDATE rating.model_version SET state = 'ACTIVE', activated_by = :by, activated_at = now()
				WHERE model_id = :id AND version = :version AND state <> 'ACTIVE'""")
			.param("id", id)
			.param("version", version)
			.param("by", by)
			.update() == 1;
	}

	/** Activates the version only when the model has none in force: for the shipped models at start-up. */
	public boolean activateIfNoneActive(String id, int version, String by) {
		return jdbc.sql("""
				UPDATE rating.model_version SET state = 'ACTIVE', activated_by = :by, activated_at = now()
				WHERE model_id = :id AND version = :version AND state = 'CANDIDATE'
				  AND NOT EXISTS (SELECT 1 FROM rating.model_version a WHERE a.model_id = :id AND a.state = 'ACTIVE')""")
			.param("id", id)
			.param("version", version)
			.param("by", by)
			.update() == 1;
	}

	public boolean retire(String id, int version, String by) {
		return jdbc.sql("""
				UPDATE rating.model_version SET state = 'RETIRED', retired_by = :by, retired_at = now()
				WHERE model_id = :id AND version = :version AND state <> 'RETIRED'""")
			.param("id", id)
			.param("version", version)
			.param("by", by)
			.update() == 1;
	}

	private static ModelVersion version(ResultSet rs, int row) throws SQLException {
		return new ModelVersion(rs.getString("model_id"), rs.getInt("version"), rs.getString("name"),
				FileKind.valueOf(rs.getString("subject_kind")), ModelState.valueOf(rs.getString("state")), rs.getString("fingerprint"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("activated_by"),
				rs.getTimestamp("activated_at") == null ? null : rs.getTimestamp("activated_at").toInstant());
	}
}
