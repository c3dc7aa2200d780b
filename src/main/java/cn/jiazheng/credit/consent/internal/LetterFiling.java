package cn.jiazheng.credit.consent.internal;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.consent.AuthorisationLetter;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.consent.LetterContent;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.crypto.Sm3;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files, lists and opens authorisation letters; the bytes are SM4-encrypted and bound to their worker. */
@Service
@Transactional
class LetterFiling implements Consents {

	private final LetterRepository letters;

	private final Workers workers;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final int maxBytes;

	LetterFiling(LetterRepository letters, Workers workers, FieldCipher cipher, AuditTrail audit,
			@Value("${jiazheng.consent.letter-max-bytes:5242880}") int maxBytes) {
		this.letters = letters;
		this.workers = workers;
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
		String type = LetterFormat.contentType(content, maxBytes);
		if (scopes == null || !scopes.contains(ConsentScope.PLATFORM_SHARING)) {
			throw new InvalidValueException("scopes", "consent.letter.platform-required");
		}
		long id = letters.insert(by.scope(), workerId, type, content.length, HexFormat.of().formatHex(Sm3.digest(content)),
				cipher.encrypt(content, associatedData(workerId)), scopes, RegionCode.of(worker.regionCode()),
				worker.enterpriseId(), by.username());
		audit.record(AuditEvent.success(by, "CONSENT_LETTER_FILE", "worker", workerId).with("letter", id)
			.with("scopes", scopes));
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuthorisationLetter> letters(Actor reader, long workerId) {
		workers.get(reader, workerId);
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

	private static byte[] associatedData(long workerId) {
		return ("consent.authorisation_letter:" + workerId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}
}
