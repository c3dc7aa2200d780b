package cn.jiazheng.credit.archive;

import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.identity.Actor;

/**
 * 用工绑定: an enterprise proposes to employ a worker (found by ID number); the worker confirms or
 * declines from their own pages; either side ends it. On confirmation the worker's file, with its whole
 * history, moves to the new employer, and the previous employment ends.
 */
public interface Employments {

	/** The enterprise admin proposes to employ the person with this ID number. */
	long propose(Actor enterprise, String residentId);

	/**
	 * The worker applies (申请) from their own account to join the enterprise with this 统一社会信用代码,
	 * whose file must be released; the enterprise admin then accepts or declines.
	 */
	long apply(Actor worker, String creditCode);

	/** The enterprise admin accepts a worker's application: the same effect as a worker confirming a proposal. */
	void accept(Actor enterprise, long employmentId);

	/** The enterprise admin declines a worker's application. */
	void reject(Actor enterprise, long employmentId);

	/** The worker confirms a proposal addressed to them. */
	void confirm(Actor worker, long employmentId);

	/**
	 * This enterprise's own proposal, while it still waits for the worker (PROPOSED); empty for any other
	 * employment, so that another enterprise's proposal does not exist for the caller.
	 */
	Optional<Employment> pendingProposal(Actor enterprise, long employmentId);

	/**
	 * The proposing enterprise's admin confirms, through the worker's signed authorisation letter, a
	 * proposal to a worker who has no account (decision 0005). The caller files the letter in the same
	 * transaction. Refused (conflict) when the worker has an account: they confirm themselves.
	 */
	void confirmByLetter(Actor enterprise, long employmentId);

	/** The worker declines a proposal addressed to them. */
	void decline(Actor worker, long employmentId);

	/** Either side ends an active employment; the file stays with the territory's regulators. */
	void end(Actor by, long employmentId);

	/** The enterprise's proposals and employments, newest first. */
	List<Employment> ofEnterprise(Actor enterprise);

	/** The worker's own proposals and employers, past and present, newest first. */
	List<Employment> ofOwnFile(Actor worker);
}
