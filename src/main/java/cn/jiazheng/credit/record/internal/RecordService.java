package cn.jiazheng.credit.record.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.crypto.Sm3;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.UploadedDocument;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.platform.SealedDocumentTable;
import cn.jiazheng.credit.record.AttachmentContent;
import cn.jiazheng.credit.record.AttachmentInfo;
import cn.jiazheng.credit.record.CreditRecord;
import cn.jiazheng.credit.record.CreditRecordChanged;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.EvidenceFile;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.Publicity;
import cn.jiazheng.credit.record.RecordFilter;
import cn.jiazheng.credit.record.RecordPage;
import cn.jiazheng.credit.record.RecordState;
import cn.jiazheng.credit.record.RecordType;
import cn.jiazheng.credit.record.RecordTypes;
import cn.jiazheng.credit.record.StateChange;
import cn.jiazheng.credit.record.Subject;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional
class RecordService implements CreditRecords {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int MAX_ATTACHMENTS = 10;

	private static final int EXPIRY_BATCH = 1_000;

	private final CreditRecordRepository records;

	private final RecordTypes types;

	private final EnterpriseFiles enterprises;

	private final Workers workers;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int positiveMonths;

	private final int maxBytes;

	RecordService(CreditRecordRepository records, RecordTypes types, EnterpriseFiles enterprises, Workers workers,
			FieldCipher cipher, AuditTrail audit, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock, @Value("${jiazheng.record.positive-publicity-months:36}") int positiveMonths,
			@Value("${jiazheng.record.attachment-max-bytes:5242880}") int maxBytes) {
		this.records = records;
		this.types = types;
		this.enterprises = enterprises;
		this.workers = workers;
		this.cipher = cipher;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.positiveMonths = positiveMonths;
		this.maxBytes = maxBytes;
	}

	@Override
	public long add(Actor by, NewRecord entry, List<EvidenceFile> evidence) {
		Checked checked = check(by, entry);
		List<EvidenceFile> files = evidence == null ? List.of() : evidence.stream().filter(f -> f.content() != null && f.content().length > 0).toList();
		if (files.size() > MAX_ATTACHMENTS) {
			throw new InvalidValueException("attachments", "record.attachment.too-many", MAX_ATTACHMENTS);
		}
		List<UploadedDocument> documents = files.stream().map(this::checked).toList();
		RecordType type = checked.type();
		Subject subject = checked.subject();
		Publicity publicity = Publicity.of(type.direction(), type.severity(), checked.decision(), positiveMonths);
		long id = records.insert(new CreditRecordRepository.Row(subject.kind(), subject.id(), subject.name(), type.code(),
				type.direction(), type.severity(), checked.source(), checked.document(), checked.decision(), checked.summary(),
				subject.regionCode(), subject.kind() == SubjectKind.ENTERPRISE ? subject.id() : null, publicity, by.username()));
		records.log(id, null, RecordState.ACTIVE, "record.reason.entered", by.username(), by.role().name());
		documents.forEach(uploaded -> store(by, id, uploaded));
		audit.record(AuditEvent.success(by, "RECORD_ADD", "credit_record", id).with("type", type.code())
			.with("subjectKind", subject.kind()).with("subjectId", subject.id()).with("attachments", files.size()));
		events.publishEvent(new CreditRecordChanged(id, subject.kind(), subject.id(), type.code(), null, RecordState.ACTIVE));
		return id;
	}

	/**
	 * The one set of rules a new record meets, however it arrives (the form, the API, a spreadsheet row):
	 * who may enter it, an active type that applies to the subject's kind, the source, document number,
	 * decision date (not in the future) and summary, and a subject within the actor's writable territory.
	 * Evidence is checked by {@link #add} alone.
	 *
	 * @throws InvalidValueException naming the first field that breaks a rule
	 * @throws NotFoundException for a subject outside the actor's scope
	 */
	@Transactional(readOnly = true)
	Checked check(Actor by, NewRecord entry) {
		if (by.role() != Role.PLATFORM_ADMIN && by.role() != Role.REGULATOR && by.role() != Role.INTEGRATOR) {
			throw new AccessDeniedException("record.entry.denied");
		}
		if (entry.subjectKind() == null) {
			throw new InvalidValueException("subjectKind", "record.field.required");
		}
		if (entry.subjectId() == null) {
			throw new InvalidValueException("subjectId", "record.field.required");
		}
		RecordType type = types.find(entry.typeCode())
			.filter(RecordType::active)
			.orElseThrow(() -> new InvalidValueException("typeCode", "record.type.unknown", String.valueOf(entry.typeCode())));
		if (!type.appliesTo(entry.subjectKind())) {
			throw new InvalidValueException("typeCode", "record.type.wrong-subject", type.code(),
					resolvable("record.subject-kind." + entry.subjectKind()));
		}
		String source = text("sourceOrganisation", entry.sourceOrganisation(), 200);
		String document = text("documentNumber", entry.documentNumber(), 100);
		LocalDate decision = entry.decisionDate();
		if (decision == null) {
			throw new InvalidValueException("decisionDate", "record.field.required");
		}
		if (decision.isAfter(today())) {
			throw new InvalidValueException("decisionDate", "record.decision-date.future");
		}
		String summary = text("summary", entry.summary(), 2000);
		Subject subject = subject(by, entry.subjectKind(), entry.subjectId());
		by.scope().requireWritable(RegionCode.of(subject.regionCode()),
				subject.kind() == SubjectKind.ENTERPRISE ? subject.id() : null);
		return new Checked(type, source, document, decision, summary, subject);
	}

	/** A new record that passed {@link #check}: the values as they will be stored. */
	record Checked(RecordType type, String source, String document, LocalDate decision, String summary, Subject subject) {
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Subject> findSubject(Actor reader, SubjectKind kind, String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return switch (kind) {
			case ENTERPRISE -> {
				CreditCode credit;
				try {
					credit = CreditCode.of(code.strip().toUpperCase());
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidValueException("code", "record.subject.credit-code-invalid");
				}
				yield enterprises.list(reader, null, credit.value(), 0, 5)
					.stream()
					.filter(e -> e.creditCode().value().equals(credit.value()))
					.findFirst()
					.map(RecordService::subject);
			}
			case WORKER -> {
				ResidentId id;
				try {
					id = ResidentId.of(code.strip());
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidValueException("code", "record.subject.resident-id-invalid");
				}
				yield workers.search(reader, id.value(), 0, 2).stream().findFirst().map(RecordService::subject);
			}
			case CONSUMER -> throw new InvalidValueException("subjectKind", "record.subject.consumer-unsupported");
		};
	}

	/** The subject as the archive shows it to the actor: 404 outside the actor's scope. */
	private Subject subject(Actor by, SubjectKind kind, long id) {
		return switch (kind) {
			case ENTERPRISE -> subject(enterprises.get(by, id));
			case WORKER -> subject(workers.get(by, id));
			case CONSUMER -> throw new InvalidValueException("subjectKind", "record.subject.consumer-unsupported");
		};
	}

	private static Subject subject(Enterprise enterprise) {
		return new Subject(SubjectKind.ENTERPRISE, enterprise.id(), enterprise.name(), enterprise.creditCode().value(),
				enterprise.regionCode(), enterprise.id());
	}

	private static Subject subject(Worker worker) {
		return new Subject(SubjectKind.WORKER, worker.id(), worker.name(), worker.maskedResidentId(), worker.regionCode(),
				worker.enterpriseId());
	}

	@Override
	@Transactional(readOnly = true)
	public CreditRecord get(Actor reader, long id) {
		return records.find(reader.scope(), id).orElseThrow(() -> new NotFoundException("record.not-found", id));
	}

	@Override
	public List<CreditRecord> publicRecords(long enterpriseId, LocalDate day, int limit) {
		return records.inPublicity(SubjectKind.ENTERPRISE, enterpriseId, day, Math.min(Math.max(limit, 1), 500));
	}

	@Override
	@Transactional(readOnly = true)
	public RecordPage list(Actor reader, RecordFilter filter, int page, int size) {
		RecordFilter f = filter == null ? RecordFilter.ALL : filter;
		int bounded = Math.min(Math.max(size, 1), 200);
		int from = Math.max(page, 0);
		return new RecordPage(records.list(reader.scope(), f, from, bounded), records.count(reader.scope(), f), from, bounded);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<RecordState, Long> countByState(Actor reader, RecordFilter filter) {
		return records.countByState(reader.scope(), filter == null ? RecordFilter.ALL : filter);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StateChange> history(Actor reader, long id) {
		get(reader, id);
		return records.history(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttachmentInfo> attachments(Actor reader, long id) {
		get(reader, id);
		return records.attachments(id);
	}

	@Override
	public AttachmentContent attachment(Actor reader, long recordId, long attachmentId) {
		get(reader, recordId);
		SealedDocumentTable.Sealed document = records.sealedAttachment(recordId, attachmentId)
			.orElseThrow(() -> new NotFoundException("record.attachment.not-found", attachmentId));
		byte[] content = cipher.decrypt(document.content(), associatedData(recordId));
		audit.record(AuditEvent.success(reader, "RECORD_ATTACHMENT_VIEW", "credit_record", recordId)
			.with("attachment", attachmentId));
		return new AttachmentContent(document.filename(), document.contentType(), content);
	}

	@Override
	public long attach(Actor by, long recordId, EvidenceFile file) {
		if (by.role() != Role.PLATFORM_ADMIN && by.role() != Role.REGULATOR && by.role() != Role.INTEGRATOR) {
			throw new AccessDeniedException("record.entry.denied");
		}
		CreditRecord record = get(by, recordId);
		if (record.state() == RecordState.REVOKED) {
			throw new ConflictException("record.attachment.revoked");
		}
		if (records.attachments(recordId).size() >= MAX_ATTACHMENTS) {
			throw new InvalidValueException("attachments", "record.attachment.too-many", MAX_ATTACHMENTS);
		}
		return store(by, recordId, checked(file));
	}

	private long store(Actor by, long recordId, UploadedDocument document) {
		byte[] content = document.content();
		long attachment = records.insertAttachment(recordId, document.filename(), document.contentType(), content.length,
				HexFormat.of().formatHex(Sm3.digest(content)), cipher.encrypt(content, associatedData(recordId)), by.username());
		audit.record(AuditEvent.success(by, "RECORD_ATTACHMENT_ADD", "credit_record", recordId).with("attachment", attachment));
		return attachment;
	}

	private UploadedDocument checked(EvidenceFile file) {
		return UploadedDocument.checked(file.filename(), file.content(), maxBytes, "record.attachment");
	}

	private static byte[] associatedData(long recordId) {
		return ("record.attachment:" + recordId).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void revoke(Actor by, long id, String reason) {
		if (by.role() != Role.PLATFORM_ADMIN && by.role() != Role.REGULATOR && by.role() != Role.INTEGRATOR) {
			throw new AccessDeniedException("record.entry.denied");
		}
		transition(by, id, RecordState.REVOKED, reason);
	}

	@Override
	public void freeze(AuditActor by, long id, String reason) {
		transition(by, id, RecordState.UNDER_OBJECTION, reason);
	}

	@Override
	public void unfreeze(AuditActor by, long id, String reason) {
		transition(by, id, RecordState.ACTIVE, reason);
	}

	@Override
	public void repair(AuditActor by, long id, String reason) {
		transition(by, id, RecordState.REPAIRED, reason);
	}

	private void transition(AuditActor by, long id, RecordState to, String reason) {
		if (by instanceof Actor actor) {
			get(actor, id);
		}
		String why = text("reason", reason, 500);
		CreditRecord record = records.findForUpdate(id).orElseThrow(() -> new NotFoundException("record.not-found", id));
		RecordState from = record.state();
		if (!from.canMoveTo(to)) {
			throw new ConflictException("record.state.refused", resolvable("record.state." + from),
					resolvable("record.state." + to));
		}
		if (to == RecordState.REPAIRED && !record.publicity().repairableOn(today())) {
			throw new ConflictException("record.repair.too-early", record.publicity().minEnd().toString());
		}
		if (!records.move(id, from, to)) {
			throw new ConflictException("record.state.changed");
		}
		records.log(id, from, to, why, by.auditName(), by.auditRole());
		audit.record(AuditEvent.success(by, "RECORD_" + to, "credit_record", id).with("from", from));
		events.publishEvent(new CreditRecordChanged(id, record.subjectKind(), record.subjectId(), record.typeCode(), from, to));
	}

	/** Nightly after midnight in China; batches keep each transaction short, the state guard makes reruns harmless. */
	@Override
	@Scheduled(cron = "${jiazheng.record.expiry-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
	public int expireEnded() {
		LocalDate today = today();
		int total = 0;
		while (true) {
			Integer moved = transactions.execute(status -> {
				List<CreditRecordRepository.Expired> expired = records.expire(today, EXPIRY_BATCH);
				for (CreditRecordRepository.Expired e : expired) {
					events.publishEvent(new CreditRecordChanged(e.id(), e.kind(), e.subjectId(), e.typeCode(),
							RecordState.ACTIVE, RecordState.EXPIRED));
				}
				if (!expired.isEmpty()) {
					audit.record(AuditEvent.success(AuditActor.SYSTEM, "RECORD_EXPIRY", "credit_record", null)
						.with("count", expired.size()).with("day", today));
				}
				return expired.size();
			});
			total += moved == null ? 0 : moved;
			if (moved == null || moved < EXPIRY_BATCH) {
				return total;
			}
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "record.field.required");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidValueException(field, "record.field.too-long", max);
		}
		return stripped;
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}
}
