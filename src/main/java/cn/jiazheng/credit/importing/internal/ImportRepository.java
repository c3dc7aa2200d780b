package cn.jiazheng.credit.importing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.ImportRowStatus;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.platform.CopyText;
import cn.jiazheng.credit.platform.Unscoped;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * importing.import_batch and importing.import_row. A batch is reached by its uploader, within their
 * territory (and enterprise), and by the platform admin; for everyone else it does not exist. A staged
 * row's values are stored only SM4-GCM sealed, bound to the batch and row number: what the staging
 * tables show in clear is the kind's stored key (never sensitive), the verdict and the masked error.
 */
@Repository
class ImportRepository {

	private static final String BATCH = "b.id, b.kind, b.actor_username, b.file_name, b.fingerprint, b.state, b.total_rows, b.valid_rows, "
			+ "b.error_rows, b.registered_rows, b.repeated_rows, b.applied_rows, b.progress_phase, b.progress_done, b.progress_total, "
			+ "b.created_at, b.applied_at";

	private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
	};

	/** The key space of the batches' advisory locks: "IMPO" in the high bytes, the batch id in the low ones. */
	private static final long LOCKS = 0x494D504F00000000L;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final FieldCipher cipher;

	private final JdbcTemplate copy;

	/** The caller's transaction, or one of its own when there is none (validation commits chunk by chunk). */
	private final TransactionTemplate ownOrJoined;

	ImportRepository(JdbcClient jdbc, JsonMapper json, FieldCipher cipher, JdbcTemplate copy, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
		this.copy = copy;
		this.ownOrJoined = new TransactionTemplate(transactions);
	}

	public long create(Actor by, String kind, String fileName, String fingerprint, Integer expectedRows) {
		return jdbc.sql("""
				INSERT INTO importing.import_batch (kind, actor_username, actor_territory, actor_enterprise, file_name, fingerprint, state,
				    progress_phase, progress_total)
				VALUES (:kind, :user, :territory, :enterprise, :file, :fingerprint, 'VALIDATING', 'VALIDATING', :total) RETURNING id""")
			.param("kind", kind)
			.param("user", by.username())
			.param("territory", by.territory() == null ? null : by.territory().value())
			.param("enterprise", by.enterpriseId())
			.param("file", fileName)
			.param("fingerprint", fingerprint)
			.param("total", expectedRows)
			.query(Long.class)
			.single();
	}

	public Optional<ImportBatch> find(Actor reader, long id) {
		Visible visible = new Visible(reader);
		return jdbc.sql("SELECT " + BATCH + " FROM importing.import_batch b WHERE b.id = :id AND " + visible.sql)
			.param("id", id)
			.params(visible.parameters)
			.query(ImportRepository::batch)
			.optional();
	}

	/** The reader's own batches of one kind, newest first. */
	public List<ImportBatch> own(Actor reader, String kind, int limit) {
		Scope.SqlCondition in = reader.scope().condition("b.actor_territory", "b.actor_enterprise");
		return jdbc.sql("SELECT " + BATCH + " FROM importing.import_batch b WHERE b.actor_username = :user AND b.kind = :kind AND "
				+ in.sql() + " ORDER BY b.created_at DESC, b.id DESC LIMIT :limit")
			.param("user", reader.username())
			.param("kind", kind)
			.params(in.parameters())
			.param("limit", limit)
			.query(ImportRepository::batch)
			.list();
	}

	/** An earlier batch of the same actor with the same file, if any. */
	public Optional<Long> sameFile(Actor reader, String fingerprint, long before) {
		return jdbc.sql("SELECT max(id) FROM importing.import_batch WHERE actor_username = :user AND fingerprint = :f AND id < :before")
			.param("user", reader.username())
			.param("f", fingerprint)
			.param("before", before)
			.query(Long.class)
			.optional();
	}

	/**
	 * Stages rows in one COPY, each row's values sealed; the batch must be the actor's own and still
	 * validating (held so, against a clean-up deleting it, until the rows are in). {@link ImportRow#key()}
	 * is the kind's stored key.
	 */
	public void insertRows(Actor by, long batchId, List<ImportRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(rows.size() * 256);
		for (ImportRow row : rows) {
			CopyText.row(text, batchId, row.rowNumber(), row.key(),
					cipher.encryptText(json.writeValueAsString(row.values()), context(batchId, row.rowNumber())), row.status().name(),
					row.error());
		}
		ownOrJoined.executeWithoutResult(status -> {
			boolean validating = !jdbc.sql("SELECT 1 FROM importing.import_batch WHERE id = :id AND actor_username = :user "
					+ "AND state = 'VALIDATING' FOR SHARE")
				.param("id", batchId)
				.param("user", by.username())
				.query(Integer.class)
				.list()
				.isEmpty();
			if (!validating) {
				throw new IllegalStateException("Batch " + batchId + " is no longer being validated");
			}
			copy.execute((ConnectionCallback<Long>) connection -> CopyText.copyIn(connection,
					"importing.import_row (batch_id, row_number, key, payload_sealed, status, error)", text));
		});
	}

	/**
	 * Of these stored keys, those an earlier row of the batch already has (valid or registered, not an
	 * error or a repeat itself), with that row's number.
	 */
	@Unscoped("within one batch the pipeline has already found within the uploader's reach")
	public Map<String, Integer> firstRows(long batchId, java.util.Collection<String> keys) {
		Map<String, Integer> first = new java.util.HashMap<>();
		if (keys.isEmpty()) {
			return first;
		}
		// One index probe per key: as a plain "key = ANY(...)" the planner, misled by a table that grows
		// within the transaction's view faster than its statistics, scanned the whole batch per chunk.
		jdbc.sql("SELECT k.key, f.first FROM unnest(:keys) AS k (key) CROSS JOIN LATERAL (SELECT min(r.row_number) AS first "
				+ "FROM importing.import_row r WHERE r.batch_id = :id AND r.key = k.key AND r.status IN ('VALID','REGISTERED')) f "
				+ "WHERE f.first IS NOT NULL")
			.param("id", batchId)
			.param("keys", new org.springframework.jdbc.support.SqlArrayValue("text", keys.toArray()))
			.query((rs, n) -> first.put(rs.getString(1), rs.getInt(2)))
			.list();
		return first;
	}

	public void progress(Actor by, long batchId, String phase, int done, Integer total) {
		jdbc.sql("""
				UPDATE importing.import_batch SET progress_phase = :phase, progress_done = :done, progress_total = :total,
				    progress_at = now() WHERE id = :id""")
			.param("phase", phase)
			.param("done", done)
			.param("total", total)
			.param("id", batchId)
			.update();
	}

	public void validated(Actor by, long batchId, int total, Map<ImportRowStatus, Integer> counts) {
		jdbc.sql("""
				UPDATE importing.import_batch SET state = 'VALIDATED', total_rows = :total, valid_rows = :valid, error_rows = :error,
				    registered_rows = :registered, repeated_rows = :repeated, progress_phase = NULL, progress_done = :total,
				    progress_total = :total, validated_at = now()
				WHERE id = :id AND actor_username = :user AND state = 'VALIDATING'""")
			.param("total", total)
			.param("valid", counts.getOrDefault(ImportRowStatus.VALID, 0))
			.param("error", counts.getOrDefault(ImportRowStatus.ERROR, 0))
			.param("registered", counts.getOrDefault(ImportRowStatus.REGISTERED, 0))
			.param("repeated", counts.getOrDefault(ImportRowStatus.REPEATED, 0))
			.param("id", batchId)
			.param("user", by.username())
			.update();
	}

	/** Removes a batch whose validation failed: nothing of an unreadable file stays behind. */
	public void deleteUnfinished(Actor by, long batchId) {
		jdbc.sql("DELETE FROM importing.import_batch WHERE id = :id AND actor_username = :user AND state = 'VALIDATING'")
			.param("id", batchId)
			.param("user", by.username())
			.update();
	}

	public List<ImportRow> rows(Actor reader, long batchId, List<ImportRowStatus> statuses, int afterRow, int limit) {
		Visible visible = new Visible(reader);
		return jdbc.sql("SELECT r.batch_id, r.row_number, r.key, r.payload::text AS payload, r.payload_sealed, r.status, r.error "
				+ "FROM importing.import_row r "
				+ "JOIN importing.import_batch b ON b.id = r.batch_id WHERE r.batch_id = :id AND r.status IN (:statuses) "
				+ "AND r.row_number > :after AND " + visible.sql + " ORDER BY r.row_number LIMIT :limit")
			.param("id", batchId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("after", afterRow)
			.param("limit", limit)
			.params(visible.parameters)
			.query(this::row)
			.list();
	}

	/** Marks a row that could not be saved when applying, so that the next attempt skips it. */
	public void markFailed(Actor by, long batchId, int rowNumber, ImportRowStatus status, String error) {
		int changed = jdbc.sql("UPDATE importing.import_row SET status = :status, error = :error WHERE batch_id = :id AND row_number = :row AND status = 'VALID'")
			.param("status", status.name())
			.param("error", error)
			.param("id", batchId)
			.param("row", rowNumber)
			.update();
		String counter = status == ImportRowStatus.REGISTERED ? "registered_rows" : "error_rows";
		jdbc.sql("UPDATE importing.import_batch SET valid_rows = valid_rows - :n, " + counter + " = " + counter
				+ " + :n, progress_phase = NULL WHERE id = :id")
			.param("n", changed)
			.param("id", batchId)
			.update();
	}

	public void clearProgress(Actor by, long batchId) {
		jdbc.sql("UPDATE importing.import_batch SET progress_phase = NULL WHERE id = :id").param("id", batchId).update();
	}

	/** Serialises applying and discarding one batch across instances, until the transaction ends. */
	public void lock(Actor by, long batchId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCKS ^ batchId).query((rs, n) -> 1).list();
	}

	/**
	 * Batches whose instance stopped in the middle, put back where a person can act on them. An apply is one
	 * transaction holding the batch's lock: a batch showing APPLYING whose lock nobody holds was rolled back
	 * whole and is VALIDATED again, to be applied anew. A validation writes progress as it goes: one silent
	 * for {@code stale} will never end, and its staged rows (never confirmed by anyone) are dropped with it.
	 *
	 * @return how many batches were recovered and how many dropped
	 */
	@Unscoped("the platform's own clean-up of batches no instance is working on")
	public int[] recoverInterrupted(Duration stale) {
		int recovered = jdbc.sql("""
				UPDATE importing.import_batch SET progress_phase = NULL
				WHERE state = 'VALIDATED' AND progress_phase = 'APPLYING' AND pg_try_advisory_xact_lock(:locks # id)""")
			.param("locks", LOCKS)
			.update();
		int dropped = jdbc.sql("""
				DELETE FROM importing.import_batch
				WHERE state = 'VALIDATING' AND progress_at < now() - make_interval(secs => :stale)""")
			.param("stale", (double) stale.toSeconds())
			.update();
		return new int[] { recovered, dropped };
	}

	public boolean applied(Actor by, long batchId, int appliedRows) {
		return jdbc.sql("""
				UPDATE importing.import_batch SET state = 'APPLIED', applied_rows = :n, applied_at = now(), progress_phase = NULL,
				    progress_done = :n, progress_total = :n
				WHERE id = :id AND state = 'VALIDATED'""")
			.param("n", appliedRows)
			.param("id", batchId)
			.update() == 1;
	}

	public boolean discarded(Actor by, long batchId) {
		boolean changed = jdbc.sql("UPDATE importing.import_batch SET state = 'DISCARDED', discarded_at = now() WHERE id = :id AND state = 'VALIDATED'")
			.param("id", batchId)
			.update() == 1;
		if (changed) {
			jdbc.sql("DELETE FROM importing.import_row WHERE batch_id = :id").param("id", batchId).update();
		}
		return changed;
	}

	private ImportRow row(ResultSet rs, int n) throws SQLException {
		int number = rs.getInt("row_number");
		String sealed = rs.getString("payload_sealed");
		// Rows staged before sealing hold enterprise registrations only, which are public data.
		String values = sealed == null ? rs.getString("payload") : cipher.decryptText(sealed, context(rs.getLong("batch_id"), number));
		return new ImportRow(number, rs.getString("key"), json.readValue(values, VALUES), ImportRowStatus.valueOf(rs.getString("status")),
				rs.getString("error"));
	}

	/**
	 * The associated data of a staged row's values: moved to another row or batch, they do not decrypt.
	 * It still names the table's first home, archive, so that rows staged there before the move to the
	 * importing schema open as before.
	 */
	private static String context(long batchId, int rowNumber) {
		return "archive.import_row.payload:" + batchId + ":" + rowNumber;
	}

	private static ImportBatch batch(ResultSet rs, int n) throws SQLException {
		int total = rs.getInt("progress_total");
		Integer progressTotal = rs.wasNull() ? null : total;
		return new ImportBatch(rs.getLong("id"), rs.getString("kind"), rs.getString("actor_username"), rs.getString("file_name"),
				rs.getString("fingerprint"), ImportState.valueOf(rs.getString("state")), rs.getInt("total_rows"),
				rs.getInt("valid_rows"), rs.getInt("error_rows"), rs.getInt("registered_rows"), rs.getInt("repeated_rows"),
				rs.getInt("applied_rows"), rs.getString("progress_phase"), rs.getInt("progress_done"), progressTotal,
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("applied_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The uploader within their territory, or the platform admin. */
	private static final class Visible {

		final String sql;

		final Map<String, Object> parameters = new LinkedHashMap<>();

		Visible(Actor reader) {
			Scope scope = reader.scope();
			if (scope.isEverything()) {
				sql = "TRUE";
				return;
			}
			Scope.SqlCondition in = scope.condition("b.actor_territory", "b.actor_enterprise");
			sql = "b.actor_username = :visibleUser AND " + in.sql();
			parameters.put("visibleUser", reader.username());
			parameters.putAll(in.parameters());
		}
	}
}
