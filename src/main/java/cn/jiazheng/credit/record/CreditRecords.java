package cn.jiazheng.credit.record;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.identity.Actor;

/**
 * 信用信息: entry, reads and the life of credit records, bounded by the actor's scope (what lies outside
 * it does not exist for them). State changes refuse what the state machine forbids with a 409 naming both
 * states; every change is logged, never overwritten, and publishes a {@link CreditRecordChanged}.
 */
public interface CreditRecords {

	/**
	 * A regulator, the platform admin or an integrator enters a record about a subject of its territory,
	 * with its evidence (PDF, JPEG or PNG by content). Returns the new record's id.
	 */
	long add(Actor by, NewRecord record, List<EvidenceFile> evidence);

	/** Finds an enterprise by 统一社会信用代码 or a worker by 居民身份证号码, within the actor's scope. */
	Optional<Subject> findSubject(Actor reader, SubjectKind kind, String code);

	CreditRecord get(Actor reader, long id);

	/**
	 * 公示: an enterprise's records shown publicly on {@code day} (active and within their publicity period),
	 * newest decision first, at most {@code limit}. Public information, so no scope applies; only about
	 * enterprises, never workers.
	 */
	List<CreditRecord> publicRecords(long enterpriseId, java.time.LocalDate day, int limit);

	RecordPage list(Actor reader, RecordFilter filter, int page, int size);

	/** How many records of each state the filter (its state aside) reaches. */
	Map<RecordState, Long> countByState(Actor reader, RecordFilter filter);

	/** The state log, oldest first. */
	List<StateChange> history(Actor reader, long id);

	List<AttachmentInfo> attachments(Actor reader, long id);

	/** Opens an attachment; every opening is written to the audit trail. */
	AttachmentContent attachment(Actor reader, long recordId, long attachmentId);

	/** Adds evidence to a record that is not revoked. */
	long attach(Actor by, long recordId, EvidenceFile file);

	/** The record was entered in error: from any state but REVOKED; its history stays. */
	void revoke(Actor by, long id, String reason);

	/**
	 * An objection against the record was accepted for handling: ACTIVE → UNDER_OBJECTION, out of every score.
	 * {@code by} is a person (an {@link Actor}, checked against its scope) or {@link AuditActor#SYSTEM}.
	 */
	void freeze(AuditActor by, long id, String reason);

	/** The objection was rejected: UNDER_OBJECTION → ACTIVE. */
	void unfreeze(AuditActor by, long id, String reason);

	/** Credit repair granted: ACTIVE → REPAIRED, only after the minimum publicity period (409 before). */
	void repair(AuditActor by, long id, String reason);

	/**
	 * Moves every ACTIVE record whose publicity has ended to EXPIRED. Idempotent and safe on several
	 * instances at once: the state guard lets each record move once. Returns how many moved here.
	 */
	int expireEnded();
}
