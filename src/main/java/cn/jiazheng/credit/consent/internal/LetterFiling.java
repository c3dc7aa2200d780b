package cn.jiazheng.credit.consent.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import cn.jiazheng.credit.archive.Employment;
import cn.jiazheng.credit.archive.Employments;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.consent.AuthorisationLetter;
import cn.jiazheng.credit.consent.ConsentChange;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.ConsentSource;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.consent.LetterContent;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.crypto.Sm3;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files, lists and opens authorisation letters, and keeps the consent they state over time; the bytes
 * are SM4-encrypted and bound to their worker.
 */
@Service
@Transactional
class LetterFiling implements Consents {

	private final LetterRepository letters;

	private final ConsentChangeRepository changes;

	private final Workers workers;

	private final Employments employments;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final int maxBytes;

	LetterFiling(LetterRepository letters, ConsentChangeRepository changes, Workers workers, Employments employments,
			FieldCipher cipher, AuditTrail audit, @Value("${jiazheng.consent.letter-max-bytes:5242880}") int maxBytes) {
		this.letters = letters;
		this.changes = changes;
		this.workers = workers;
		this.employments = employments;
		this.cipher = cipher;
		this.audit = audit;
		this.maxBytes = maxBytes;
	}

	@Override
	public long fileLetter(Actor by, long workerId, byte[] content, Set<ConsentScope> scopes) {
		if (!by.role().isEnterprise()) {
			throw new AccessDeniedException("consent.letter.file-denied");
		}
		Worker worker = workers.get(by, workerId);
		String type = checked(content, scopes);
		return store(by, worker, type, content, scopes, null);
	}

	@Override
	public long fileLetterForProposal(Actor enterprise, long employmentId, byte[] content, Set<ConsentScope> scopes) {
		if (enterprise.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("consent.proposal.file-denied");
		}
		Employment proposal = employments.pendingProposal(enterprise, employmentId)
			.orElseThrow(() -> new NotFoundException("consent.proposal.not-found", employmentId));
		if (proposal.workerHasAccount()) {
			throw new ConflictException("consent.proposal.has-account", proposal.workerName());
		}
		String type = checked(content, scopes);
		// The confirmation moves the file to the enterprise first, so that the letter is filed exactly
		// as any letter of the enterprise's own worker; a failure after it undoes both.
		employments.confirmByLetter(enterprise, employmentId);
		return store(enterprise, workers.get(enterprise, proposal.workerId()), type, content, scopes, employmentId);
	}

	private String checked(byte[] content, Set<ConsentScope> scopes) {
		String type = LetterFormat.contentType(content, maxBytes);
		if (scopes == null || !scopes.contains(ConsentScope.PLATFORM_SHARING)) {
			throw new InvalidValueException("scopes", "consent.letter.platform-required");
		}
		return type;
	}

	/** A new letter restates both scopes: what it grants is in force, what it leaves out is not. */
	private long store(Actor by, Worker worker, String type, byte[] content, Set<ConsentScope> scopes, Long employmentId) {
		long workerId = worker.id();
		changes.lock(workerId);
		long id = letters.insert(by.scope(), workerId, type, content.length, HexFormat.of().formatHex(Sm3.digest(content)),
				cipher.encrypt(content, associatedData(workerId)), scopes, RegionCode.of(worker.regionCode()),
				worker.enterpriseId(), employmentId, by.username());
		for (ConsentScope scope : ConsentScope.values()) {
			changes.insert(workerId, scope, scopes.contains(scope), ConsentSource.LETTER, id, by.username());
		}
		AuditEvent event = AuditEvent.success(by, "CONSENT_LETTER_FILE", "worker", workerId).with("letter", id)
			.with("scopes", scopes);
		audit.record(employmentId == null ? event : event.with("employment", employmentId));
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuthorisationLetter> letters(Actor reader, long workerId) {
		if (readable(reader, workerId)) {
			return letters.ofWorker(workerId);
		}
		return letters.byWorker(reader.scope(), workerId);
	}

	/** A refusal is audited too: it commits although the caller sees the exception. */
	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public LetterContent open(Actor reader, long letterId) {
		AuthorisationLetter letter = letters.find(reader.scope(), letterId)
			.orElseThrow(() -> new NotFoundException("consent.letter.not-found", letterId));
		boolean allowed = switch (reader.role()) {
			case PLATFORM_ADMIN, REGULATOR, ENTERPRISE_ADMIN -> true;
			default -> false;
		};
		if (!allowed) {
			audit.record(AuditEvent.failure(reader, "SENSITIVE_VIEW", "authorisation_letter", letterId));
			throw new AccessDeniedException("consent.letter.open-denied");
		}
		byte[] content = cipher.decrypt(letters.sealedContent(reader.scope(), letterId).orElseThrow(),
				associatedData(letter.workerId()));
		audit.record(AuditEvent.success(reader, "SENSITIVE_VIEW", "authorisation_letter", letterId)
			.with("worker", letter.workerId()));
		return new LetterContent(letter.contentType(), content);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<ConsentScope> inForce(Actor reader, long workerId) {
		readable(reader, workerId);
		return changes.inForce(workerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsentChange> history(Actor reader, long workerId) {
		readable(reader, workerId);
		return changes.history(workerId);
	}

	@Override
	public void grant(Actor worker, ConsentScope scope) {
		change(worker, scope, true);
	}

	@Override
	public void revoke(Actor worker, ConsentScope scope) {
		change(worker, scope, false);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean allows(long workerId, ConsentScope scope) {
		return changes.allows(workerId, scope);
	}

	private void change(Actor actor, ConsentScope scope, boolean granted) {
		if (actor.role() != Role.WORKER) {
			throw new AccessDeniedException("consent.change.denied");
		}
		if (scope == null) {
			throw new InvalidValueException("scope", "consent.change.scope-required");
		}
		long workerId = workers.own(actor).map(Worker::id).orElseThrow(() -> new NotFoundException("consent.own.no-file"));
		changes.lock(workerId);
		if (changes.allows(workerId, scope) == granted) {
			return;
		}
		if (granted && scope == ConsentScope.PLATFORM_SHARING && letters.ofWorker(workerId).isEmpty()) {
			throw new ConflictException("consent.change.letter-required");
		}
		changes.insert(workerId, scope, granted, ConsentSource.WORKER, null, actor.username());
		audit.record(AuditEvent.success(actor, granted ? "CONSENT_GRANT" : "CONSENT_REVOKE", "worker", workerId)
			.with("scope", scope));
	}

	/**
	 * Whether the reader is the worker themself (who reads all of their own letters); anyone else must
	 * reach the worker's file, and what lies outside their reach does not exist for them.
	 */
	private boolean readable(Actor reader, long workerId) {
		if (reader.role() == Role.WORKER) {
			workers.own(reader)
				.filter(own -> own.id() == workerId)
				.orElseThrow(() -> new NotFoundException("consent.worker.not-found", workerId));
			return true;
		}
		workers.get(reader, workerId);
		return false;
	}

	private static byte[] associatedData(long workerId) {
		return ("consent.authorisation_letter:" + workerId).getBytes(StandardCharsets.UTF_8);
	}
}
