package cn.jiazheng.credit.objection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.objection.AttachmentInfo;
import cn.jiazheng.credit.objection.Objection;
import cn.jiazheng.credit.objection.ObjectionFilter;
import cn.jiazheng.credit.objection.ObjectionState;
import cn.jiazheng.credit.objection.ObjectionWindow;
import cn.jiazheng.credit.objection.QueueCounts;
import cn.jiazheng.credit.objection.StateChange;
import cn.jiazheng.credit.objection.TargetKind;
import cn.jiazheng.credit.platform.SealedDocumentTable;
import cn.jiazheng.credit.platform.Unscoped;
import cn.jiazheng.credit.record.SubjectKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ObjectionRepository {

	private static final String COLUMNS = """
			o.id, o.target_kind, o.target_ref, o.target_label, o.subject_kind, o.subject_id, o.subject_name, o.region_code,
			o.objector_username, o.objector_name, o.reason, o.filed_at, o.filed_on, o.window_closes, o.answer_deadline,
			o.state, o.answer, o.answered_by, o.answered_by_name, o.answered_at, o.withdrawn_at""";

	private static final String WINDOW_COLUMNS = """
			w.id, w.target_kind, w.target_ref, w.target_label, w.subject_kind, w.subject_id, w.subject_name, w.region_code,
			w.opens, w.closes""";

	private final JdbcClient jdbc;

	private final SealedDocumentTable documents;

	ObjectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.documents = new SealedDocumentTable(jdbc, "objection.attachment", "objection_id");
	}

	// --- windows ---

	/** A window and its row id. */
	record StoredWindow(long id, ObjectionWindow window) {
	}

	/**
	 * Inserts the windows, or moves the dates (and names) of existing ones: one statement for all. The caller
	 * has removed duplicates (one statement cannot update a row twice).
	 */
	@Unscoped("the module owning the targets registers their windows, as the platform")
	public void upsertWindows(Collection<ObjectionWindow> windows, String by) {
		int n = windows.size();
		String[] kinds = new String[n], refs = new String[n], labels = new String[n], subjectKinds = new String[n],
				names = new String[n], regions = new String[n], opens = new String[n], closes = new String[n];
		long[] subjects = new long[n];
		int i = 0;
		for (ObjectionWindow w : windows) {
			kinds[i] = w.targetKind().name();
			refs[i] = w.targetRef();
			labels[i] = w.targetLabel();
			subjectKinds[i] = w.subjectKind().name();
			subjects[i] = w.subjectId();
			names[i] = w.subjectName();
			regions[i] = w.regionCode();
			opens[i] = w.opens().toString();
			closes[i] = w.closes().toString();
			i++;
		}
		jdbc.sql("""
				INSERT INTO objection.objection_window (target_kind, target_ref, target_label, subject_kind, subject_id,
				    subject_name, region_code, enterprise_id, opens, closes, registered_by)
				SELECT k, r, l, sk, s, sn, rc, CASE WHEN sk = 'ENTERPRISE' THEN s END, o::date, c::date, :by
				FROM unnest(CAST(:kinds AS text[]), CAST(:refs AS text[]), CAST(:labels AS text[]),
				            CAST(:subjectKinds AS text[]), CAST(:subjects AS bigint[]), CAST(:names AS text[]),
				            CAST(:regions AS text[]), CAST(:opens AS text[]), CAST(:closes AS text[]))
				     AS t(k, r, l, sk, s, sn, rc, o, c)
				ON CONFLICT (target_kind, target_ref) DO UPDATE SET target_label = EXCLUDED.target_label,
				    subject_kind = EXCLUDED.subject_kind, subject_id = EXCLUDED.subject_id, subject_name = EXCLUDED.subject_name,
				    region_code = EXCLUDED.region_code, enterprise_id = EXCLUDED.enterprise_id, opens = EXCLUDED.opens,
				    closes = EXCLUDED.closes, registered_by = EXCLUDED.registered_by, registered_at = now()""")
			.param("kinds", kinds)
			.param("refs", refs)
			.param("labels", labels)
			.param("subjectKinds", subjectKinds)
			.param("subjects", subjects)
			.param("names", names)
			.param("regions", regions)
			.param("opens", opens)
			.param("closes", closes)
			.param("by", by)
			.update();
	}

	@Unscoped("the owning module's read of its own target's window; people reach windows through the service's checks")
	public Optional<StoredWindow> findWindow(TargetKind kind, String ref) {
		return jdbc.sql("SELECT " + WINDOW_COLUMNS + " FROM objection.objection_window w WHERE w.target_kind = :kind AND w.target_ref = :ref")
			.param("kind", kind.name())
			.param("ref", ref)
			.query((rs, row) -> new StoredWindow(rs.getLong("id"), window(rs)))
			.optional();
	}

	public List<ObjectionWindow> openWindows(Scope scope, LocalDate day) {
		Scope.SqlCondition within = scope.condition("w.region_code", "w.enterprise_id");
		return jdbc.sql("SELECT " + WINDOW_COLUMNS + " FROM objection.objection_window w WHERE w.opens <= :day AND w.closes >= :day AND "
				+ within.sql() + " ORDER BY w.closes, w.id LIMIT 500")
			.params(within.parameters())
			.param("day", day)
			.query((rs, row) -> window(rs))
			.list();
	}

	private static ObjectionWindow window(ResultSet rs) throws SQLException {
		return new ObjectionWindow(TargetKind.valueOf(rs.getString("target_kind")), rs.getString("target_ref"),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"), rs.getString("region_code"),
				rs.getObject("opens", LocalDate.class), rs.getObject("closes", LocalDate.class), rs.getString("subject_name"),
				rs.getString("target_label"));
	}

	// --- objections ---

	@Unscoped("a fresh id, so that the sealed contact can be bound to its row")
	public long nextId() {
		return jdbc.sql("SELECT nextval('objection.objection_id_seq')").query(Long.class).single();
	}

	/** A row to insert; the service has matched the objector to the window's subject. */
	record Row(long id, long windowId, ObjectionWindow window, long objectorAccountId, String objectorUsername,
			String objectorName, String reason, String contactNameSealed, String contactPhoneSealed, Instant filedAt,
			LocalDate filedOn, LocalDate answerDeadline) {
	}

	@Unscoped("the service has matched the objector to the window's subject before inserting")
	public void insert(Row row) {
		ObjectionWindow w = row.window();
		jdbc.sql("""
				INSERT INTO objection.objection (id, window_id, target_kind, target_ref, target_label, subject_kind, subject_id,
				    subject_name, region_code, enterprise_id, objector_account_id, objector_username, objector_name, reason,
				    contact_name_sealed, contact_phone_sealed, filed_at, filed_on, window_closes, answer_deadline, state)
				VALUES (:id, :window, :kind, :ref, :label, :subjectKind, :subject, :subjectName, :region, :enterprise, :account,
				    :username, :objectorName, :reason, :contactName, :contactPhone, :filedAt, :filedOn, :closes, :deadline, 'FILED')""")
			.param("id", row.id())
			.param("window", row.windowId())
			.param("kind", w.targetKind().name())
			.param("ref", w.targetRef())
			.param("label", w.targetLabel())
			.param("subjectKind", w.subjectKind().name())
			.param("subject", w.subjectId())
			.param("subjectName", w.subjectName())
			.param("region", w.regionCode())
			.param("enterprise", w.enterpriseId())
			.param("account", row.objectorAccountId())
			.param("username", row.objectorUsername())
			.param("objectorName", row.objectorName())
			.param("reason", row.reason())
			.param("contactName", row.contactNameSealed())
			.param("contactPhone", row.contactPhoneSealed())
			.param("filedAt", Timestamp.from(row.filedAt()))
			.param("filedOn", row.filedOn())
			.param("closes", w.closes())
			.param("deadline", row.answerDeadline())
			.update();
	}

	@Unscoped("a pre-check before inserting; the unique index decides races")
	public boolean hasOpen(TargetKind kind, String ref, SubjectKind subjectKind, long subjectId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM objection.objection WHERE target_kind = :kind AND target_ref = :ref
				    AND subject_kind = :subjectKind AND subject_id = :subject AND state = 'FILED')""")
			.param("kind", kind.name())
			.param("ref", ref)
			.param("subjectKind", subjectKind.name())
			.param("subject", subjectId)
			.query(Boolean.class)
			.single();
	}

	public Optional<Objection> find(Scope scope, long id) {
		Scope.SqlCondition within = scope.condition("o.region_code", "o.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM objection.objection o WHERE o.id = :id AND " + within.sql())
			.params(within.parameters())
			.param("id", id)
			.query(ObjectionRepository::objection)
			.optional();
	}

	public List<Objection> list(Scope scope, ObjectionFilter filter, LocalDate today, int page, int size) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(scope, filter, today, parameters);
		return jdbc.sql("SELECT " + COLUMNS + " FROM objection.objection o WHERE " + where
				+ " ORDER BY o.answer_deadline, o.id LIMIT :limit OFFSET :offset")
			.params(parameters)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(ObjectionRepository::objection)
			.list();
	}

	public long count(Scope scope, ObjectionFilter filter, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(scope, filter, today, parameters);
		return jdbc.sql("SELECT count(*) FROM objection.objection o WHERE " + where).params(parameters).query(Long.class).single();
	}

	/** Per state, and FILED past the deadline, in one pass. */
	public QueueCounts counts(Scope scope, LocalDate today) {
		Scope.SqlCondition within = scope.condition("o.region_code", "o.enterprise_id");
		Map<ObjectionState, Long> counts = new EnumMap<>(ObjectionState.class);
		for (ObjectionState state : ObjectionState.values()) {
			counts.put(state, 0L);
		}
		long[] overdue = { 0 };
		jdbc.sql("SELECT o.state, count(*) AS n, count(*) FILTER (WHERE o.state = 'FILED' AND o.answer_deadline < :today) AS late"
				+ " FROM objection.objection o WHERE " + within.sql() + " GROUP BY o.state")
			.params(within.parameters())
			.param("today", today)
			.query(rs -> {
				counts.put(ObjectionState.valueOf(rs.getString("state")), rs.getLong("n"));
				overdue[0] += rs.getLong("late");
			});
		return new QueueCounts(counts, overdue[0]);
	}

	private static String where(Scope scope, ObjectionFilter filter, LocalDate today, Map<String, Object> parameters) {
		Scope.SqlCondition within = scope.condition("o.region_code", "o.enterprise_id");
		parameters.putAll(within.parameters());
		StringBuilder where = new StringBuilder(within.sql());
		if (filter.state() != null) {
			where.append(" AND o.state = :state");
			parameters.put("state", filter.state().name());
		}
		if (filter.overdue()) {
			where.append(" AND o.state = 'FILED' AND o.answer_deadline < :today");
			parameters.put("today", today);
		}
		if (filter.targetKind() != null) {
			where.append(" AND o.target_kind = :targetKind");
			parameters.put("targetKind", filter.targetKind().name());
		}
		return where.toString();
	}

	/** Within the scope, or filed by the account itself (a worker's own, later). */
	public List<Objection> mine(Scope scope, long accountId, int limit) {
		Scope.SqlCondition within = scope.condition("o.region_code", "o.enterprise_id");
		return jdbc.sql("SELECT " + COLUMNS + " FROM objection.objection o WHERE (" + within.sql()
				+ " OR o.objector_account_id = :account) ORDER BY o.id DESC LIMIT :limit")
			.params(within.parameters())
			.param("account", accountId)
			.param("limit", limit)
			.query(ObjectionRepository::objection)
			.list();
	}

	/** Sets the answer only if the objection is still FILED: of two concurrent reviewers, one succeeds. */
	@Unscoped("the service has found the objection within the reviewer's scope")
	public boolean answer(long id, ObjectionState to, String answer, String by, String byName, Instant at) {
		return jdbc.sql("""
				UPDATE objection.objection SET state = :to, answer = :answer, answered_by = :by, answered_by_name = :byName,
				    answered_at = :at WHERE id = :id AND state = 'FILED'""")
			.param("id", id)
			.param("to", to.name())
			.param("answer", answer)
			.param("by", by)
			.param("byName", byName)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	@Unscoped("the service has found the objection within the objector's scope")
	public boolean withdraw(long id, Instant at) {
		return jdbc.sql("UPDATE objection.objection SET state = 'WITHDRAWN', withdrawn_at = :at WHERE id = :id AND state = 'FILED'")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	@Unscoped("the history line of a change the service has already allowed")
	public void log(long id, ObjectionState from, ObjectionState to, String note, String by, String role, Instant at) {
		jdbc.sql("""
				INSERT INTO objection.state_change (objection_id, from_state, to_state, note, changed_by, changed_role, changed_at)
				VALUES (:id, :from, :to, :note, :by, :role, :at)""")
			.param("id", id)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("note", note)
			.param("by", by)
			.param("role", role)
			.param("at", Timestamp.from(at))
			.update();
	}

	@Unscoped("read after the objection itself was found within the reader's scope")
	public List<StateChange> history(long id) {
		return jdbc.sql("""
				SELECT from_state, to_state, note, changed_by, changed_role, changed_at
				FROM objection.state_change WHERE objection_id = :id ORDER BY id""")
			.param("id", id)
			.query((rs, row) -> new StateChange(
					rs.getString("from_state") == null ? null : ObjectionState.valueOf(rs.getString("from_state")),
					ObjectionState.valueOf(rs.getString("to_state")), rs.getString("note"), rs.getString("changed_by"),
					rs.getString("changed_role"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/** The sealed contact name and phone, in that order. */
	@Unscoped("read after the objection itself was found within the reader's scope")
	public Optional<String[]> sealedContact(long id) {
		return jdbc.sql("SELECT contact_name_sealed, contact_phone_sealed FROM objection.objection WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
	}

	// --- what the owning modules count ---

	@Unscoped("the owning module's check before finalising its targets, as the platform")
	public long unansweredCount(TargetKind kind, String prefix) {
		String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return jdbc.sql("SELECT count(*) FROM objection.objection WHERE state = 'FILED' AND target_kind = :kind AND target_ref LIKE :prefix")
			.param("kind", kind.name())
			.param("prefix", escaped + "%")
			.query(Long.class)
			.single();
	}

	@Unscoped("the owning module's check before finalising its targets, as the platform")
	public long openCount(TargetKind kind, Collection<String> refs) {
		return jdbc.sql("SELECT count(*) FROM objection.objection WHERE state = 'FILED' AND target_kind = :kind AND target_ref = ANY(:refs)")
			.param("kind", kind.name())
			.param("refs", refs.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	// --- attachments ---

	@Unscoped("supporting documents of an objection the service has checked against the actor's scope")
	public long insertAttachment(long ownerId, String filename, String contentType, int size, String digest, byte[] sealed,
			String by) {
		return documents.insert(ownerId, filename, contentType, size, digest, sealed, by);
	}

	@Unscoped("supporting documents of an objection the service has checked against the actor's scope")
	public List<AttachmentInfo> attachments(long ownerId) {
		return documents.list(ownerId)
			.stream()
			.map(d -> new AttachmentInfo(d.id(), d.ownerId(), d.filename(), d.contentType(), d.sizeBytes(), d.contentDigest(),
					d.uploadedBy(), d.uploadedAt()))
			.toList();
	}

	@Unscoped("supporting documents of an objection the service has checked against the actor's scope")
	public Optional<SealedDocumentTable.Sealed> sealedAttachment(long ownerId, long attachmentId) {
		return documents.sealed(ownerId, attachmentId);
	}

	static Objection objection(ResultSet rs, int row) throws SQLException {
		return new Objection(rs.getLong("id"), TargetKind.valueOf(rs.getString("target_kind")), rs.getString("target_ref"),
				rs.getString("target_label"), SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				rs.getString("subject_name"), rs.getString("region_code"), rs.getString("objector_username"),
				rs.getString("objector_name"), rs.getString("reason"), instant(rs, "filed_at"),
				rs.getObject("filed_on", LocalDate.class), rs.getObject("window_closes", LocalDate.class),
				rs.getObject("answer_deadline", LocalDate.class), ObjectionState.valueOf(rs.getString("state")),
				rs.getString("answer"), rs.getString("answered_by"), rs.getString("answered_by_name"),
				instant(rs, "answered_at"), instant(rs, "withdrawn_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
