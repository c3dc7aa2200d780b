package cn.jiazheng.credit.consent;

import java.util.List;
import java.util.Set;

import cn.jiazheng.credit.identity.Actor;

/**
 * Workers' authorisation letters and the consent they state: filed by the worker's enterprise before
 * the worker's data is submitted, checked by content (PDF, JPEG or PNG, size-limited), kept encrypted,
 * and opened only by those allowed, each opening audited. A worker's consent for each scope is what
 * their newest letter granted, overlaid by the grants and revocations they made since.
 */
public interface Consents {

	/** Files a letter for a worker of the actor's enterprise; the content decides its type, not the name. */
	long fileLetter(Actor by, long workerId, byte[] content, Set<ConsentScope> scopes);

	/**
	 * The proposing enterprise's admin files the signed letter of a worker who has no account, and that
	 * letter confirms the enterprise's pending proposal: the employment becomes active and the file moves
	 * to the enterprise (decision 0005). One transaction: a refused letter confirms nothing. Refused
	 * (conflict) when the worker has an account of their own, who then confirms themselves.
	 */
	long fileLetterForProposal(Actor enterprise, long employmentId, byte[] content, Set<ConsentScope> scopes);

	/** The worker's letters, newest first: for those who reach the worker's file, and the worker themself. */
	List<AuthorisationLetter> letters(Actor reader, long workerId);

	/** The letter's content, for the worker's enterprise admin, its regulators and the platform admin; audited. */
	LetterContent open(Actor reader, long letterId);

	/** The scopes of the worker's consent in force now; read by the same readers as the letters. */
	Set<ConsentScope> inForce(Actor reader, long workerId);

	/** Every change of the worker's consent, newest first; read by the same readers as the letters. */
	List<ConsentChange> history(Actor reader, long workerId);

	/**
	 * The worker grants a scope on their own file. Platform sharing needs a signed letter on file first
	 * (the letter is what allows submission). Nothing changes when the scope is already granted.
	 */
	void grant(Actor worker, ConsentScope scope);

	/**
	 * The worker revokes a scope on their own file. Files already submitted keep their history; nothing
	 * new reaches the regulator until the consent is granted again. Nothing changes when not in force.
	 */
	void revoke(Actor worker, ConsentScope scope);

	/** Whether the worker's consent for the scope is in force, for checks made on the platform's behalf. */
	boolean allows(long workerId, ConsentScope scope);
}
