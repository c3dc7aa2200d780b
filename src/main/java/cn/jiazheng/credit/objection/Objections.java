package cn.jiazheng.credit.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.identity.Actor;

/**
 * 异议: windows, filing, answers and reads. People's calls are bounded by the actor's scope (what lies
 * outside it does not exist for them: 404); the window and count methods are the owning modules' own, as
 * the platform. Every change is one transaction with its history row, its audit entry and its event.
 */
public interface Objections {

	/** Ordos art. 14: objections within 15 working days of publication. */
	int PUBLICATION_WINDOW_WORKING_DAYS = 15;

	// --- windows (the owning module's) ---

	/**
	 * Registers the window of a target, or moves the dates of the target's existing window (a re-publication).
	 * Called by the module that owns the target, inside its own transaction.
	 */
	void openWindow(AuditActor by, ObjectionWindow window);

	/**
	 * {@link #openWindow(AuditActor, ObjectionWindow)} for many targets at once (a whole run's results), in one
	 * statement per thousand; when a target appears twice, the last window wins.
	 */
	void openWindow(AuditActor by, Collection<ObjectionWindow> windows);

	Optional<ObjectionWindow> window(TargetKind kind, String targetRef);

	/** Whether an objection against the target may be filed on {@code day} (a China date). */
	boolean isWindowOpen(TargetKind kind, String targetRef, LocalDate day);

	/** The windows open on {@code day} that the actor reaches (an enterprise user: its own enterprise's). */
	List<ObjectionWindow> openWindows(Actor reader, LocalDate day);

	/** The window as the would-be objector sees it: 404 when there is none or it concerns someone else. */
	ObjectionWindow windowFor(Actor objector, TargetKind kind, String targetRef);

	// --- for the owning module's "window closed and every objection answered" ---

	/** Objections still FILED against targets whose reference starts with {@code targetRefPrefix}. */
	long unansweredCount(TargetKind kind, String targetRefPrefix);

	/** Whether no objection against any of these targets is still FILED. */
	boolean allAnswered(TargetKind kind, Collection<String> targetRefs);

	// --- the objector ---

	/** Files an objection now (the platform clock). Returns its id. */
	long file(Actor objector, NewObjection objection, List<ObjectionFile> attachments);

	/**
	 * Files an objection at {@code at}: refused outside the window (China dates) with a message naming the
	 * window's days, refused while the subject has an open objection against the target (409). The answer
	 * deadline is the filing day + 7 working days (Ordos art. 15); for a CREDIT_RECORD the record is frozen.
	 */
	long file(Actor objector, NewObjection objection, List<ObjectionFile> attachments, Instant at);

	/** The objector takes the objection back before it is answered (409 after); a frozen record is unfrozen. */
	void withdraw(Actor objector, long id, String reason);

	// --- the regulator ---

	/**
	 * A regulator of the subject's territory (or the platform admin) answers, with reasons the objector reads.
	 * Exactly one answer: a second, concurrent or later, is refused (409). For a CREDIT_RECORD, REJECTED unfreezes
	 * the record; UPHELD leaves it frozen for the record's owner to correct or revoke.
	 */
	void answer(Actor reviewer, long id, Outcome outcome, String reasons);

	// --- reads ---

	Objection get(Actor reader, long id);

	/**
	 * Objections the reader reaches (a regulator: its territory and below; an enterprise user: its own
	 * enterprise's), earliest answer deadline first; {@code today} decides what is overdue.
	 */
	ObjectionPage list(Actor reader, ObjectionFilter filter, LocalDate today, int page, int size);

	QueueCounts counts(Actor reader, LocalDate today);

	/** The objections the actor's enterprise filed (or the actor itself), newest first. */
	List<Objection> mine(Actor objector, int limit);

	List<StateChange> history(Actor reader, long id);

	List<AttachmentInfo> attachments(Actor reader, long id);

	/** Opens a supporting document; every opening is written to the audit trail. */
	AttachmentContent attachment(Actor reader, long objectionId, long attachmentId);

	/** The contact person, unsealed; the reading is written to the audit trail. */
	ObjectionContact contact(Actor reader, long id);
}
