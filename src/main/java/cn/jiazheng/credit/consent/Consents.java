package cn.jiazheng.credit.consent;

import java.util.List;
import java.util.Set;

import cn.jiazheng.credit.identity.Actor;

/**
 * Workers' authorisation letters: filed by the worker's enterprise before the worker's data is
 * submitted, checked by content (PDF, JPEG or PNG, size-limited), kept encrypted, and opened only by
 * those allowed, each opening audited.
 */
public interface Consents {

	/** Files a letter for a worker of the actor's enterprise; the content decides its type, not the name. */
	long fileLetter(Actor by, long workerId, byte[] content, Set<ConsentScope> scopes);

	/** The worker's letters, newest first. */
	List<AuthorisationLetter> letters(Actor reader, long workerId);

	/** The letter's content, for the worker's enterprise admin, its regulators and the platform admin; audited. */
	LetterContent open(Actor reader, long letterId);
}
