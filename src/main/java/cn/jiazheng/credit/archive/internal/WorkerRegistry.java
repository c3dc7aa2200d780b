package cn.jiazheng.credit.archive.internal;

import java.util.List;

import cn.jiazheng.credit.archive.EmploymentState;
import cn.jiazheng.credit.archive.MobilePhone;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerIdentity;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.BlindIndex;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers' identities, sealed at rest: the ID number and phone are SM4-GCM encrypted with the row's
 * blind index as associated data (a ciphertext moved to another row does not decrypt), found by
 * HMAC-SM3 blind index, and stored masked for display.
 */
@Service
@Transactional
class WorkerRegistry implements Workers {

	static final String ID_INDEX = "archive.worker.resident_id";

	private final WorkerRepository workers;

	private final EmploymentRepository employments;

	private final FieldCipher cipher;

	private final BlindIndex blindIndex;

	private final AuditTrail audit;

	private final WorkerSealing sealing;

	WorkerRegistry(WorkerRepository workers, EmploymentRepository employments, FieldCipher cipher, BlindIndex blindIndex, AuditTrail audit,
			WorkerSealing sealing) {
		this.workers = workers;
		this.employments = employments;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.audit = audit;
		this.sealing = sealing;
	}

	@Override
	public long register(Actor by, String name, String residentId, String phone) {
		if (!by.role().isEnterprise()) {
			throw new AccessDeniedException("archive.worker.register-denied");
		}
		String checkedName = WorkerSealing.checkedName(name, "name");
		ResidentId id = ResidentId.of(residentId);
		MobilePhone mobile = phone == null || phone.isBlank() ? null : MobilePhone.of(phone);
		WorkerRepository.SealedWorker sealed = sealing.seal(by, checkedName, id, mobile);
		if (workers.byIndexAnywhere(sealed.residentIdIndex()).isPresent()) {
			throw new InvalidValueException("residentId", "archive.worker.duplicate", id.masked());
		}
		long worker = workers.insert(by.scope(), sealed);
		// The enterprise that registers a worker, with the worker's signed letter, is the first employer.
		employments.insert(worker, by.enterpriseId(), EmploymentState.ACTIVE, "ENTERPRISE", by.username());
		audit.record(AuditEvent.success(by, "WORKER_REGISTER", "worker", worker));
		return worker;
	}

	@Override
	@Transactional(readOnly = true)
	public Worker get(Actor reader, long id) {
		return workers.find(reader.scope(), id).orElseThrow(() -> new NotFoundException("archive.worker.not-found", id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Worker> search(Actor reader, String text, int page, int size) {
		if (text != null && looksLikeAnIdNumber(text)) {
			ResidentId id = ResidentId.of(text);
			return workers.byIndex(reader.scope(), blindIndex.index(ID_INDEX, id.value()));
		}
		return workers.byName(reader.scope(), null, text, size, page * size);
	}

	/** A refusal is audited too: it commits although the caller sees the exception. */
	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public WorkerIdentity reveal(Actor reader, long id) {
		Worker worker = get(reader, id);
		boolean allowed = switch (reader.role()) {
			case PLATFORM_ADMIN, REGULATOR -> true;
			case ENTERPRISE_ADMIN -> reader.enterpriseId().equals(worker.enterpriseId());
			default -> false;
		};
		if (!allowed) {
			audit.record(AuditEvent.failure(reader, "SENSITIVE_VIEW", "worker", id).with("fields", "residentId,phone"));
			throw new AccessDeniedException("archive.worker.reveal-denied");
		}
		String[] sealed = workers.sealed(reader.scope(), id).orElseThrow();
		ResidentId residentId = ResidentId.of(cipher.decryptText(sealed[1], context("resident_id", sealed[0])));
		String phone = cipher.decryptText(sealed[2], context("phone", sealed[0]));
		audit.record(AuditEvent.success(reader, "SENSITIVE_VIEW", "worker", id).with("fields", "residentId,phone"));
		return new WorkerIdentity(id, worker.name(), residentId, phone == null ? null : MobilePhone.of(phone));
	}

	@Override
	public void linkAccount(Actor admin, long workerId, long accountId) {
		if (admin.role() != cn.jiazheng.credit.identity.Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("archive.worker.link-denied");
		}
		get(admin, workerId);
		workers.linkAccount(workerId, accountId);
		audit.record(AuditEvent.success(admin, "WORKER_LINK_ACCOUNT", "worker", workerId).with("account", accountId));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<Worker> own(Actor worker) {
		if (worker.role() != cn.jiazheng.credit.identity.Role.WORKER) {
			return java.util.Optional.empty();
		}
		return workers.byAccount(worker.accountId());
	}

	private static boolean looksLikeAnIdNumber(String text) {
		return text.strip().matches("\\d{15}|\\d{17}[\\dXx]");
	}

	private static String context(String column, String index) {
		return WorkerSealing.context(column, index);
	}
}
