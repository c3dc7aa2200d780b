package cn.jiazheng.credit.archive;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.region.RegionCode;

/**
 * 一企一档 and its workflow (采集、审核、公示、发布): registration, drafts, submission, review
 * (approve, or return with a reason the enterprise sees), publicity and release. Every method is
 * bounded by the actor's scope: what lies outside it does not exist for them.
 */
public interface EnterpriseFiles {

	/** A regulator (or the platform admin) registers an enterprise of its territory: a first draft. */
	long register(Actor by, String creditCode, String name, String county);

	Enterprise get(Actor reader, long id);

	List<Enterprise> list(Actor reader, RevisionState state, String text, int page, int size);

	long count(Actor reader, RevisionState state, String text);

	Map<RevisionState, Long> countByState(Actor reader);

	/** Newest first; the first is the revision in progress or the released one. */
	List<Revision<EnterpriseFile>> history(Actor reader, long id);

	/**
	 * Submitted revisions of both kinds of file in the reviewer's territory, oldest first; {@code kind}
	 * narrows them to one kind and {@code within} to one region below (a city regulator looking at one
	 * county); either may be null for all.
	 */
	List<ReviewItem> reviewQueue(Actor reviewer, FileKind kind, RegionCode within, int limit);

	/**
	 * The enterprise's submissions and their status: revisions of its own file and of its workers' files,
	 * in progress or recently decided, newest first.
	 */
	List<ReviewItem> submissions(Actor enterprise, int limit);

	/** How many revisions of each kind wait for the reviewer's decision. */
	Map<FileKind, Long> reviewCounts(Actor reviewer);

	/**
	 * The enterprise saves its file: into the open draft (or returned revision), or, once a revision is
	 * released, into a new revision that will be reviewed again. Returns the revision's number.
	 */
	int saveDraft(Actor by, long id, EnterpriseFile file);

	/** The enterprise admin submits the draft for review; it must be complete. */
	void submit(Actor by, long id);

	/** Approves a submitted revision: into publicity when a period is configured, else released at once. */
	RevisionState approve(Actor reviewer, long id, int number);

	/** Returns a submitted revision to the enterprise with the reason it will see. */
	void returnToEnterprise(Actor reviewer, long id, int number, String reason);

	/** Field-by-field differences of a revision against the released one (everything, for a first release). */
	Map<String, List<String>> differences(Actor reader, long id, int number);

	/** The released name of an enterprise: public information, so no scope applies. */
	java.util.Optional<String> releasedName(long id);

	/** The released names of these enterprises (those without a released file are left out): for lists of thousands. */
	Map<Long, String> releasedNames(java.util.Collection<Long> ids);

	/**
	 * 公示: an enterprise by its 统一社会信用代码, for anyone: its identity and registered county are public
	 * information (as on its business licence), so no scope applies; whether its file is released is in
	 * {@link Enterprise#released()}.
	 */
	java.util.Optional<Enterprise> findPublic(CreditCode code);

	/** The service categories an enterprise may offer. */
	List<ServiceCategory> serviceCategories();

	/** Releases every approved revision whose publicity has ended; safe to run on every instance at once. */
	int releaseEndedPublicity();
}
