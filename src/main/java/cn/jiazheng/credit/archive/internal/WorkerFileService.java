package cn.jiazheng.credit.archive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.ServiceCategory;
import cn.jiazheng.credit.archive.SharingConsent;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Worker files on the shared revision workflow. Each revision's content is SM4-GCM sealed with its
 * kind, worker and number as associated data, so that a sealed file copied onto another row does not
 * open.
 */
@Service
@Transactional
class WorkerFileService implements WorkerFiles {

	private static final FileKind KIND = FileKind.WORKER;

	private final WorkerRepository workers;

	private final RevisionStore revisions;

	private final RevisionWorkflow workflow;

	private final ServiceCategoryRepository categories;

	private final SharingConsent consent;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	WorkerFileService(WorkerRepository workers, RevisionStore revisions, RevisionWorkflow workflow,
			ServiceCategoryRepository categories, SharingConsent consent, FieldCipher cipher, AuditTrail audit, JsonMapper json,
			Clock clock) {
		this.workers = workers;
		this.revisions = revisions;
		this.workflow = workflow;
		this.categories = categories;
		this.consent = consent;
		this.cipher = cipher;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Revision<WorkerFile>> history(Actor reader, long workerId) {
		get(reader, workerId);
		return revisions.all(KIND, workerId).stream().map(this::unsealed).map(r -> r.withFile(r.file().masked())).toList();
	}

	/** A refusal is audited too: it commits although the caller sees the exception. */
	@Override
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public Revision<WorkerFile> open(Actor reader, long workerId, int number) {
		Worker worker = readable(reader, workerId);
		if (!mayOpen(reader, worker)) {
			audit.record(AuditEvent.failure(reader, "SENSITIVE_VIEW", "worker", workerId).with("fields", "workerFile"));
			throw new AccessDeniedException("archive.worker.reveal-denied");
		}
		Revision<WorkerFile> revision = unsealed(RevisionWorkflow.numbered(revisions.all(KIND, workerId), number));
		audit.record(AuditEvent.success(reader, "SENSITIVE_VIEW", "worker", workerId).with("fields", "workerFile").with("revision", number));
		return revision;
	}

	@Override
	public int saveDraft(Actor by, long workerId, WorkerFile file) {
		Worker worker = kept(by, workerId);
		List<String> offered = categories.active().stream().map(ServiceCategory::code).toList();
		for (String category : file.serviceCategories()) {
			if (!offered.contains(category)) {
				throw new InvalidValueException("serviceCategories", "archive.enterprise.category-unknown", category);
			}
		}
		return workflow.saveDraft(by, KIND, workerId, worker.regionCode(), number -> seal(workerId, number, file));
	}

	@Override
	public void submit(Actor by, long workerId) {
		kept(by, workerId);
		if (by.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("archive.enterprise.submit-denied");
		}
		Revision<String> latest = workflow.submittable(KIND, workerId);
		unsealed(latest).file().requireComplete(LocalDate.now(clock.withZone(RevisionWorkflow.CHINA)));
		if (!consent.allowsSharing(workerId)) {
			throw new ConflictException("archive.worker.consent-required");
		}
		workflow.submit(by, latest);
	}

	@Override
	public RevisionState approve(Actor reviewer, long workerId, int number) {
		return workflow.approve(reviewer, workflow.submitted(reviewer, KIND, workerId, number), this::released);
	}

	@Override
	public void returnToEnterprise(Actor reviewer, long workerId, int number, String reason) {
		workflow.returnToSubmitter(reviewer, workflow.submitted(reviewer, KIND, workerId, number), reason);
	}

	@Override
	public Map<String, List<String>> differences(Actor reviewer, long workerId, int number) {
		RevisionWorkflow.requireReviewer(reviewer);
		get(reviewer, workerId);
		List<Revision<WorkerFile>> history = revisions.all(KIND, workerId).stream().map(this::unsealed).toList();
		WorkerFile released = RevisionWorkflow.releasedOtherThan(history, number).map(Revision::file).orElse(null);
		Map<String, List<String>> differences = RevisionWorkflow.numbered(history, number).file().differencesFrom(released);
		audit.record(AuditEvent.success(reviewer, "SENSITIVE_VIEW", "worker", workerId).with("fields", "workerFile").with("revision", number));
		return differences;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Worker> list(Actor reader, RevisionState state, String text, int page, int size) {
		return workers.byName(reader.scope(), state, text, size, page * size);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Worker> listNotStarted(Actor reader, String text, int page, int size) {
		return workers.notStarted(reader.scope(), text, size, page * size);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<RevisionState, Long> countByState(Actor reader) {
		return workers.countByState(reader.scope());
	}

	@Override
	public Optional<Revision<WorkerFile>> ownReleased(Actor worker) {
		if (worker.role() != Role.WORKER) {
			return Optional.empty();
		}
		return workers.byAccount(worker.accountId()).flatMap(own -> revisions.all(KIND, own.id()).stream()
			.filter(r -> r.state() == RevisionState.RELEASED)
			.findFirst()
			.map(this::unsealed)
			.map(r -> {
				audit.record(AuditEvent.success(worker, "SENSITIVE_VIEW", "worker", own.id()).with("fields", "workerFile")
					.with("revision", r.number()));
				return r;
			}));
	}

	/** Hourly, like enterprise files; the state guard makes concurrent runs harmless. */
	@Scheduled(cron = "${jiazheng.archive.release-cron:0 5 * * * *}", zone = "Asia/Shanghai")
	@Override
	public int releaseEndedPublicity() {
		return workflow.releaseEndedPublicity(KIND, this::released);
	}

	private void released(Revision<String> revision) {
		workers.released(revision.subjectId(), unsealed(revision).file());
	}

	private Worker get(Actor reader, long workerId) {
		return workers.find(reader.scope(), workerId).orElseThrow(() -> new NotFoundException("archive.worker.not-found", workerId));
	}

	/** Within scope, or the worker's own file. */
	private Worker readable(Actor reader, long workerId) {
		if (reader.role() == Role.WORKER) {
			return workers.byAccount(reader.accountId()).filter(own -> own.id() == workerId)
				.orElseThrow(() -> new NotFoundException("archive.worker.not-found", workerId));
		}
		return get(reader, workerId);
	}

	private static boolean mayOpen(Actor reader, Worker worker) {
		return switch (reader.role()) {
			case PLATFORM_ADMIN, REGULATOR, WORKER -> true;
			case ENTERPRISE_ADMIN, ENTERPRISE_STAFF -> reader.enterpriseId().equals(worker.enterpriseId());
			default -> false;
		};
	}

	/** Only the users of the enterprise that keeps the worker's file write it. */
	private Worker kept(Actor by, long workerId) {
		if (!by.role().isEnterprise()) {
			throw new AccessDeniedException("archive.worker.edit-denied");
		}
		return get(by, workerId);
	}

	private String seal(long workerId, int number, WorkerFile file) {
		return cipher.encryptText(json.writeValueAsString(file), context(workerId, number));
	}

	private Revision<WorkerFile> unsealed(Revision<String> stored) {
		return stored.withFile(json.readValue(cipher.decryptText(stored.file(), context(stored.subjectId(), stored.number())), WorkerFile.class));
	}

	private static String context(long workerId, int number) {
		return "archive.revision:WORKER:" + workerId + ":" + number;
	}
}
