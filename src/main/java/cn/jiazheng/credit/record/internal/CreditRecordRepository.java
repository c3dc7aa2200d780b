package cn.jiazheng.credit.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.SealedDocumentTable;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.record.AttachmentInfo;
import cn.jiazheng.credit.record.CreditRecord;
import cn.jiazheng.credit.record.Direction;
import cn.jiazheng.credit.record.Publicity;
import cn.jiazheng.credit.record.RecordFilter;
import cn.jiazheng.credit.record.RecordState;
import cn.jiazheng.credit.record.Severity;
import cn.jiazheng.credit.record.StateChange;
import cn.jiazheng.credit.record.SubjectKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CreditRecordRepository {

	private static final String COLUMNS = """
			r.id, r.subject_kind, r.subject_id, r.subject_name, r.type_code, r.direction, r.severity,
			r.source_organisation, r.document_number, r.decision_date, r.summary, r.region_code,
			r.publicity_min_end, r.publicity_max_end, r.state, r.entered_by, r.entered_at, r.state_changed_at""";

	private final JdbcClient jdbc;

	private final SealedDocumentTable documents;

	CreditRecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.documents = new SealedDocumentTable(jdbc, "record.attachment", "record_id");
	}

	/** A row to insert; the subject has been checked against the actor's scope. */
	record Row(SubjectKind kind, long subjectId, String subjectName, String typeCode, Direction direction,
			Severity severity, String sourceOrganisation, String documentNumber, LocalDate decisionDate, String summary,
			String regionCode, Long enterpriseId, Publicity publicity, String enteredBy) {
	}

	@Unscoped("the service has found the subject within the actor's scope before inserting")
	public long insert(Row row) {
		return jdbc.sql("""
				INSERT INTO record.credit_record (subject_kind, subject_id, subject_name, type_code, direction, severity,
				    source_organisation, document_number, decision_date, summary, region_code, enterprise_id,
				    publicity_min_end, publicity_max_end, state, entered_by)
				VALUES (:kind, :subject, :name, :type, :direction, :severity, :source, :document, :decision, :summary,
				    :region, :enterprise, :minEnd, :maxEnd, 'ACTIVE', :by)
				RETURNING id""")
			.param("kind", row.kind().name())
			.param("subject", row.subjectId())
			.param("name", row.subjectName())
			.param("type", row.typeCode())
			.param("direction", row.direction().name())
			.param("severity", row.severity().name())
			.param("source", row.sourceOrganisation())
			.param("document", row.documentNumber())
			.param("decision", row.decisionDate())
			.param("summary", row.summary())
			.param("region", row.regionCode())
			.param("enterprise", row.enterpriseId())
			.param("minEnd", row.publicity().minEnd())
			.param("maxEnd", row.publicity().maxEnd())
			.param("by", row.enteredBy())
			.query(Long.class)
			.single();
	}

	/** 同一信用信息: the same subject, type and decision document (文书号). */
	record SameRecord(SubjectKind kind, long subjectId, String typeCode, String documentNumber) {
	}

	/**
	 * Of these, those a record already on the platform has, unless that record was revoked (entered in
	 * error): so that a spreadsheet imported twice adds nothing the second time.
	 */
	@Unscoped("the keys name subjects the import has found within the uploader's scope")
	public java.util.Set<SameRecord> existing(java.util.Collection<SameRecord> keys) {
		if (keys.isEmpty()) {
			return java.util.Set.of();
		}
		List<SameRecord> list = List.copyOf(keys);
		return new java.util.HashSet<>(jdbc.sql("""
				SELECT k.kind, k.subject, k.type, k.document
				FROM unnest(:kinds, :subjects, :types, :documents) AS k (kind, subject, type, document)
				WHERE EXISTS (SELECT 1 FROM record.credit_record r WHERE r.subject_kind = k.kind AND r.subject_id = k.subject
				    AND r.type_code = k.type AND r.document_number = k.document AND r.state <> 'REVOKED')""")
			.param("kinds", new org.springframework.jdbc.support.SqlArrayValue("text", list.stream().map(k -> k.kind().name()).toArray()))
			.param("subjects", new org.springframework.jdbc.support.SqlArrayValue("bigint", list.stream().map(SameRecord::subjectId).toArray()))
			.param("types", new org.springframework.jdbc.support.SqlArrayValue("text", list.stream().map(SameRecord::typeCode).toArray()))
			.param("documents", new org.springframework.jdbc.support.SqlArrayValue("text", list.stream().map(SameRecord::documentNumber).toArray()))
			.query((rs, n) -> new SameRecord(SubjectKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list());
	}

	public Optional<CreditRecord> find(Scope scope, long id) {
		Scope.SqlCondition within = scope.condition("r.region_code", "r.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.credit_record r WHERE r.id = :id AND " + within.sql())
			.params(within.parameters())
			.param("id", id)
			.query(CreditRecordRepository::record)
			.optional();
	}

	@Unscoped("for system transitions (objection, repair, expiry); people's transitions read through find(scope) first")
	public Optional<CreditRecord> findForUpdate(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.credit_record r WHERE r.id = :id FOR UPDATE")
			.param("id", id)
			.query(CreditRecordRepository::record)
			.optional();
	}

	@Unscoped("records in publicity are public information")
	public List<CreditRecord> inPublicity(SubjectKind kind, long subjectId, LocalDate day, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.credit_record r WHERE r.subject_kind = :kind AND r.subject_id = :subject"
				+ " AND r.state = 'ACTIVE' AND r.publicity_max_end IS NOT NULL AND r.decision_date <= :day"
				+ " AND r.publicity_max_end >= :day ORDER BY r.decision_date DESC, r.id DESC LIMIT :limit")
			.param("kind", kind.name())
			.param("subject", subjectId)
			.param("day", day)
			.param("limit", limit)
			.query(CreditRecordRepository::record)
			.list();
	}

	public List<CreditRecord> list(Scope scope, RecordFilter filter, int page, int size) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(scope, filter, parameters);
		return jdbc.sql("SELECT " + COLUMNS + " FROM record.credit_record r WHERE " + where
				+ " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
			.params(parameters)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(CreditRecordRepository::record)
			.list();
	}

	public long count(Scope scope, RecordFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(scope, filter, parameters);
		return jdbc.sql("SELECT count(*) FROM record.credit_record r WHERE " + where).params(parameters).query(Long.class).single();
	}

	public Map<RecordState, Long> countByState(Scope scope, RecordFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(scope, filter.withState(null), parameters);
		Map<RecordState, Long> counts = new EnumMap<>(RecordState.class);
		for (RecordState state : RecordState.values()) {
			counts.put(state, 0L);
		}
		jdbc.sql("SELECT r.state, count(*) AS n FROM record.credit_record r WHERE " + where + " GROUP BY r.state")
			.params(parameters)
			.query(rs -> {
				counts.put(RecordState.valueOf(rs.getString("state")), rs.getLong("n"));
			});
		return counts;
	}

	private static String where(Scope scope, RecordFilter filter, Map<String, Object> parameters) {
		Scope.SqlCondition within = scope.condition("r.region_code", "r.enterprise_id");
		parameters.putAll(within.parameters());
		StringBuilder where = new StringBuilder(within.sql());
		if (filter.typeCode() != null) {
			where.append(" AND r.type_code = :type");
			parameters.put("type", filter.typeCode());
		}
		if (filter.state() != null) {
			where.append(" AND r.state = :state");
			parameters.put("state", filter.state().name());
		}
		if (filter.subjectKind() != null) {
			where.append(" AND r.subject_kind = :kind");
			parameters.put("kind", filter.subjectKind().name());
		}
		if (filter.subjectId() != null) {
			where.append(" AND r.subject_id = :subject");
			parameters.put("subject", filter.subjectId());
		}
		return where.toString();
	}

	/** Moves the record only if it still is in {@code from}: concurrent movers cannot both succeed. */
	@Unscoped("the service has checked the record against the actor's scope, or the platform itself acts")
	public boolean move(long id, RecordState from, RecordState to) {
		return jdbc.sql("UPDATE record.credit_record SET state = :to, state_changed_at = now() WHERE id = :id AND state = :from")
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.update() == 1;
	}

	@Unscoped("the log line of a change the service has already allowed")
	public void log(long id, RecordState from, RecordState to, String reason, String by, String role) {
		jdbc.sql("""
				INSERT INTO record.state_change (record_id, from_state, to_state, reason, changed_by, changed_role)
				VALUES (:id, :from, :to, :reason, :by, :role)""")
			.param("id", id)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("reason", reason)
			.param("by", by)
			.param("role", role)
			.update();
	}

	@Unscoped("read after the record itself was found within the actor's scope")
	public List<StateChange> history(long id) {
		return jdbc.sql("""
				SELECT from_state, to_state, reason, changed_by, changed_role, changed_at
				FROM record.state_change WHERE record_id = :id ORDER BY id""")
			.param("id", id)
			.query((rs, row) -> new StateChange(rs.getString("from_state") == null ? null : RecordState.valueOf(rs.getString("from_state")),
					RecordState.valueOf(rs.getString("to_state")), rs.getString("reason"), rs.getString("changed_by"),
					rs.getString("changed_role"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/** A record whose publicity ran out, as the expiry job moved it. */
	record Expired(long id, SubjectKind kind, long subjectId, String typeCode) {
	}

	/**
	 * Moves up to {@code batch} ACTIVE records whose publicity ended before {@code today} to EXPIRED and logs
	 * each. SKIP LOCKED lets instances share the work; the state guard lets each record move once.
	 */
	@Unscoped("the platform's own expiry job, for every territory")
	public List<Expired> expire(LocalDate today, int batch) {
		return jdbc.sql("""
				WITH moved AS (
				    UPDATE record.credit_record r SET state = 'EXPIRED', state_changed_at = now()
				    WHERE r.id IN (SELECT id FROM record.credit_record
				                   WHERE state = 'ACTIVE' AND publicity_max_end < :today
				                   ORDER BY publicity_max_end LIMIT :batch FOR UPDATE SKIP LOCKED)
				      AND r.state = 'ACTIVE'
				    RETURNING r.id, r.subject_kind, r.subject_id, r.type_code),
				logged AS (
				    INSERT INTO record.state_change (record_id, from_state, to_state, reason, changed_by, changed_role)
				    SELECT id, 'ACTIVE', 'EXPIRED', :reason, 'system', 'SYSTEM' FROM moved)
				SELECT id, subject_kind, subject_id, type_code FROM moved""")
			.param("today", today)
			.param("batch", batch)
			.param("reason", "record.reason.publicity-ended")
			.query((rs, row) -> new Expired(rs.getLong("id"), SubjectKind.valueOf(rs.getString("subject_kind")),
					rs.getLong("subject_id"), rs.getString("type_code")))
			.list();
	}

	@Unscoped("evidence of a record the service has checked against the actor's scope")
	public long insertAttachment(long ownerId, String filename, String contentType, int size, String digest, byte[] sealed,
			String by) {
		return documents.insert(ownerId, filename, contentType, size, digest, sealed, by);
	}

	@Unscoped("evidence of a record the service has checked against the actor's scope")
	public List<AttachmentInfo> attachments(long ownerId) {
		return documents.list(ownerId)
			.stream()
			.map(d -> new AttachmentInfo(d.id(), d.ownerId(), d.filename(), d.contentType(), d.sizeBytes(), d.contentDigest(),
					d.uploadedBy(), d.uploadedAt()))
			.toList();
	}

	@Unscoped("evidence of a record the service has checked against the actor's scope")
	public Optional<SealedDocumentTable.Sealed> sealedAttachment(long ownerId, long attachmentId) {
		return documents.sealed(ownerId, attachmentId);
	}

	static CreditRecord record(ResultSet rs, int row) throws SQLException {
		LocalDate decision = rs.getObject("decision_date", LocalDate.class);
		Publicity publicity = new Publicity(decision, rs.getObject("publicity_min_end", LocalDate.class),
				rs.getObject("publicity_max_end", LocalDate.class));
		return new CreditRecord(rs.getLong("id"), SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				rs.getString("subject_name"), rs.getString("type_code"), Direction.valueOf(rs.getString("direction")),
				Severity.valueOf(rs.getString("severity")), rs.getString("source_organisation"),
				rs.getString("document_number"), decision, rs.getString("summary"), rs.getString("region_code"), publicity,
				RecordState.valueOf(rs.getString("state")), rs.getString("entered_by"),
				rs.getTimestamp("entered_at").toInstant(), rs.getTimestamp("state_changed_at").toInstant());
	}

}
