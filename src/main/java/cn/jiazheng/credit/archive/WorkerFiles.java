package cn.jiazheng.credit.archive;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.identity.Actor;

/**
 * 一人一档 and its workflow, the same as an enterprise file's (采集、审核、公示、发布): the enterprise
 * that keeps the worker's file drafts it, its admin submits it once the worker's consent to sharing is
 * on file, the county's regulator (or one above) approves it or returns it with a reason. Content is
 * sealed at rest; pages get it {@linkplain WorkerFile#masked() masked}, and whole only through
 * {@link #open}, which is audited.
 */
public interface WorkerFiles {

	/** Newest first, masked; empty while no draft has been saved. */
	List<Revision<WorkerFile>> history(Actor reader, long workerId);

	/**
	 * One revision whole: for the keeping enterprise's users, the regulators of the worker's territory,
	 * the platform admin and the worker themself; every opening (and every refusal) is audited.
	 */
	Revision<WorkerFile> open(Actor reader, long workerId, int number);

	/** The keeping enterprise saves the file: into the open draft, or a new revision once released. */
	int saveDraft(Actor by, long workerId, WorkerFile file);

	/** The keeping enterprise's admin submits; the file must be complete and the worker's sharing consent in force. */
	void submit(Actor by, long workerId);

	RevisionState approve(Actor reviewer, long workerId, int number);

	void returnToEnterprise(Actor reviewer, long workerId, int number, String reason);

	/** Whole, field by field, against the released revision; audited as a view of sensitive data. */
	Map<String, List<String>> differences(Actor reviewer, long workerId, int number);

	/** Workers within scope whose file stands in {@code state} (null: any), by part of the name. */
	List<Worker> list(Actor reader, RevisionState state, String text, int page, int size);

	/** Workers within scope whose file is not started yet (未建档: no draft saved), by part of the name. */
	List<Worker> listNotStarted(Actor reader, String text, int page, int size);

	/** How many files stand in each state within scope; workers whose file is not started count under null. */
	Map<RevisionState, Long> countByState(Actor reader);

	/** The acting worker's own released file, whole; empty when none is released or no file is linked. */
	java.util.Optional<Revision<WorkerFile>> ownReleased(Actor worker);

	/** Releases every approved worker revision whose publicity has ended. */
	int releaseEndedPublicity();
}
