package cn.jiazheng.credit.objection.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.crypto.Sm3;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.objection.AttachmentContent;
import cn.jiazheng.credit.objection.AttachmentInfo;
import cn.jiazheng.credit.objection.NewObjection;
import cn.jiazheng.credit.objection.Objection;
import cn.jiazheng.credit.objection.ObjectionContact;
import cn.jiazheng.credit.objection.ObjectionDecided;
import cn.jiazheng.credit.objection.ObjectionFile;
import cn.jiazheng.credit.objection.ObjectionFiled;
import cn.jiazheng.credit.objection.ObjectionFilter;
import cn.jiazheng.credit.objection.ObjectionPage;
import cn.jiazheng.credit.objection.ObjectionState;
import cn.jiazheng.credit.objection.ObjectionWindow;
import cn.jiazheng.credit.objection.ObjectionWithdrawn;
import cn.jiazheng.credit.objection.Objections;
import cn.jiazheng.credit.objection.Outcome;
import cn.jiazheng.credit.objection.QueueCounts;
import cn.jiazheng.credit.objection.StateChange;
import cn.jiazheng.credit.objection.TargetKind;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.UploadedDocument;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.platform.SealedDocumentTable;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.SubjectKind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ObjectionService implements Objections {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Mainland mobile, or a landline with its area code (0xx-xxxxxxxx), optionally an extension. */
	private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}(-[0-9]{1,6})?");

	private static final int MAX_ATTACHMENTS = 5;

	private static final int WINDOW_BATCH = 1_000;

	private final ObjectionRepository objections;

	private final WorkingCalendar calendar;

	private final CreditRecords records;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final int answerWorkingDays;

	private final int maxBytes;

	ObjectionService(ObjectionRepository objections, WorkingCalendar calendar, CreditRecords records, FieldCipher cipher,
			AuditTrail audit, ApplicationEventPublisher events, MessageSource messages, Clock clock,
			@Value("${jiazheng.objection.answer-working-days:7}") int answerWorkingDays,
			@Value("${jiazheng.objection.attachment-max-bytes:5242880}") int maxBytes) {
		this.objections = objections;
		this.calendar = calendar;
		this.records = records;
		this.cipher = cipher;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.answerWorkingDays = answerWorkingDays;
		this.maxBytes = maxBytes;
	}

	// --- windows ---

	@Override
	public void openWindow(AuditActor by, ObjectionWindow window) {
		openWindow(by, List.of(window));
	}

	@Override
	public void openWindow(AuditActor by, Collection<ObjectionWindow> windows) {
		// One statement cannot touch a row twice: the last registration of a target wins.
		Map<String, ObjectionWindow> unique = new LinkedHashMap<>();
		for (ObjectionWindow w : windows) {
			unique.put(w.targetKind() + "\u0000" + w.targetRef(), w);
		}
		List<ObjectionWindow> all = new ArrayList<>(unique.values());
		for (int from = 0; from < all.size(); from += WINDOW_BATCH) {
			objections.upsertWindows(all.subList(from, Math.min(all.size(), from + WINDOW_BATCH)), by.auditName());
		}
		if (!all.isEmpty()) {
			AuditEvent event = AuditEvent.success(by, "OBJECTION_WINDOW_OPEN", "objection_window",
					all.size() == 1 ? all.get(0).targetKind() + ":" + all.get(0).targetRef() : null)
				.with("count", all.size());
			if (all.size() == 1) {
				event = event.with("opens", all.get(0).opens()).with("closes", all.get(0).closes());
			}
			audit.record(event);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectionWindow> window(TargetKind kind, String targetRef) {
		return kind == null || targetRef == null ? Optional.empty()
				: objections.findWindow(kind, targetRef).map(ObjectionRepository.StoredWindow::window);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isWindowOpen(TargetKind kind, String targetRef, LocalDate day) {
		return window(kind, targetRef).map(w -> w.openOn(day)).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObjectionWindow> openWindows(Actor reader, LocalDate day) {
		return objections.openWindows(reader.scope(), day);
	}

	@Override
	@Transactional(readOnly = true)
	public ObjectionWindow windowFor(Actor objector, TargetKind kind, String targetRef) {
		return storedWindowFor(objector, kind, targetRef).window();
	}

	/** The window if the objector may speak for its subject; else, as if it did not exist, 404. */
	private ObjectionRepository.StoredWindow storedWindowFor(Actor objector, TargetKind kind, String targetRef) {
		if (kind == null) {
			throw new InvalidValueException("targetKind", "objection.field.required");
		}
		if (targetRef == null || targetRef.isBlank()) {
			throw new InvalidValueException("targetRef", "objection.field.required");
		}
		ObjectionRepository.StoredWindow stored = objections.findWindow(kind, targetRef.strip())
			.orElseThrow(() -> new NotFoundException("objection.window.not-found"));
		if (!speaksFor(objector, stored.window())) {
			throw new NotFoundException("objection.window.not-found");
		}
		return stored;
	}

	/**
	 * Enterprise admins object for their own enterprise. Workers (about themselves) and consumers come later,
	 * when an actor carries the person's own file.
	 */
	private static boolean speaksFor(Actor objector, ObjectionWindow window) {
		return objector.role() == Role.ENTERPRISE_ADMIN && window.subjectKind() == SubjectKind.ENTERPRISE
				&& Long.valueOf(window.subjectId()).equals(objector.enterpriseId());
	}

	// --- counts for the owning module ---

	@Override
	@Transactional(readOnly = true)
	public long unansweredCount(TargetKind kind, String targetRefPrefix) {
		return objections.unansweredCount(kind, targetRefPrefix == null ? "" : targetRefPrefix);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean allAnswered(TargetKind kind, Collection<String> targetRefs) {
		return targetRefs.isEmpty() || objections.openCount(kind, targetRefs) == 0;
	}

	// --- filing ---

	@Override
	public long file(Actor objector, NewObjection objection, List<ObjectionFile> attachments) {
		return file(objector, objection, attachments, clock.instant());
	}

	@Override
	public long file(Actor objector, NewObjection objection, List<ObjectionFile> attachments, Instant at) {
		if (objector.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("objection.file.denied");
		}
		ObjectionRepository.StoredWindow stored = storedWindowFor(objector, objection.targetKind(), objection.targetRef());
		ObjectionWindow window = stored.window();
		LocalDate day = LocalDate.ofInstant(at, CHINA);
		if (day.isBefore(window.opens())) {
			throw new ConflictException("objection.window.not-yet", window.opens().toString(), window.closes().toString());
		}
		if (day.isAfter(window.closes())) {
			throw new ConflictException("objection.window.closed", window.closes().toString());
		}
		String reason = text("reason", objection.reason(), 2000);
		String contactName = text("contactName", objection.contactName(), 50);
		String phone = objection.contactPhone() == null ? "" : objection.contactPhone().replaceAll("[\\s()（）]", "");
		if (phone.startsWith("+86")) {
			phone = phone.substring(3);
		}
		if (phone.isEmpty()) {
			throw new InvalidValueException("contactPhone", "objection.field.required");
		}
		if (!PHONE.matcher(phone).matches()) {
			throw new InvalidValueException("contactPhone", "objection.contact-phone.invalid");
		}
		List<ObjectionFile> files = attachments == null ? List.of()
				: attachments.stream().filter(f -> f.content() != null && f.content().length > 0).toList();
		if (files.size() > MAX_ATTACHMENTS) {
			throw new InvalidValueException("attachments", "objection.attachment.too-many", MAX_ATTACHMENTS);
		}
		List<UploadedDocument> documents = files.stream()
			.map(file -> UploadedDocument.checked(file.filename(), file.content(), maxBytes, "objection.attachment"))
			.toList();
		if (objections.hasOpen(window.targetKind(), window.targetRef(), window.subjectKind(), window.subjectId())) {
			throw new ConflictException("objection.already-open");
		}
		LocalDate deadline = calendar.plusWorkingDays(day, answerWorkingDays);
		long id = objections.nextId();
		try {
			objections.insert(new ObjectionRepository.Row(id, stored.id(), window, objector.accountId(),
					objector.username(), objector.displayName(), reason,
					cipher.encryptText(contactName, "objection.contact_name:" + id),
					cipher.encryptText(phone, "objection.contact_phone:" + id), at, day, deadline));
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("objection.already-open");
		}
		objections.log(id, null, ObjectionState.FILED, null, objector.username(), objector.role().name(), at);
		documents.forEach(document -> store(objector, id, document));
		if (window.targetKind() == TargetKind.CREDIT_RECORD) {
			records.freeze(objector, recordId(window.targetRef()), recordNote("objection.record.frozen", id));
		}
		audit.record(AuditEvent.success(objector, "OBJECTION_FILE", "objection", id)
			.with("target", window.targetKind() + ":" + window.targetRef())
			.with("deadline", deadline)
			.with("attachments", files.size()));
		events.publishEvent(new ObjectionFiled(id, window.targetKind(), window.targetRef(), window.subjectKind(),
				window.subjectId(), window.regionCode(), deadline));
		return id;
	}

	private static long recordId(String ref) {
		try {
			return Long.parseLong(ref.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException("targetRef", "objection.target-ref.record-id");
		}
	}

	/** A line of the record's own log: written once, in the platform's language, like any typed reason. */
	private String recordNote(String key, long objectionId) {
		return messages.getMessage(key, new Object[] { Long.toString(objectionId) }, key, Locale.SIMPLIFIED_CHINESE);
	}

	// --- withdrawal and answer ---

	@Override
	public void withdraw(Actor objector, long id, String reason) {
		if (objector.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("objection.withdraw.denied");
		}
		Objection objection = get(objector, id);
		String why = text("reason", reason, 500);
		if (!objection.open()) {
			throw new ConflictException("objection.closed", resolvable("objection.state." + objection.state()));
		}
		Instant now = clock.instant();
		if (!objections.withdraw(id, now)) {
			throw new ConflictException("objection.changed-meanwhile");
		}
		objections.log(id, ObjectionState.FILED, ObjectionState.WITHDRAWN, why, objector.username(), objector.role().name(), now);
		if (objection.targetKind() == TargetKind.CREDIT_RECORD) {
			records.unfreeze(objector, recordId(objection.targetRef()), recordNote("objection.record.withdrawn", id));
		}
		audit.record(AuditEvent.success(objector, "OBJECTION_WITHDRAW", "objection", id));
		events.publishEvent(new ObjectionWithdrawn(id, objection.targetKind(), objection.targetRef(),
				objection.subjectKind(), objection.subjectId(), objection.regionCode()));
	}

	@Override
	public void answer(Actor reviewer, long id, Outcome outcome, String reasons) {
		if (reviewer.role() != Role.REGULATOR && reviewer.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("objection.answer.denied");
		}
		Objection objection = get(reviewer, id);
		if (outcome == null) {
			throw new InvalidValueException("outcome", "objection.field.required");
		}
		String why = text("answer", reasons, 2000);
		if (!objection.open()) {
			throw new ConflictException("objection.closed", resolvable("objection.state." + objection.state()));
		}
		Instant now = clock.instant();
		// The state guard, not the check above, decides between two reviewers answering at once.
		if (!objections.answer(id, outcome.state(), why, reviewer.username(), reviewer.displayName(), now)) {
			throw new ConflictException("objection.changed-meanwhile");
		}
		objections.log(id, ObjectionState.FILED, outcome.state(), why, reviewer.username(), reviewer.role().name(), now);
		if (objection.targetKind() == TargetKind.CREDIT_RECORD && outcome == Outcome.REJECTED) {
			records.unfreeze(reviewer, recordId(objection.targetRef()), recordNote("objection.record.rejected", id));
		}
		audit.record(AuditEvent.success(reviewer, "OBJECTION_" + outcome, "objection", id)
			.with("target", objection.targetKind() + ":" + objection.targetRef())
			.with("onTime", !objection.overdueOn(LocalDate.ofInstant(now, CHINA))));
		events.publishEvent(new ObjectionDecided(id, objection.targetKind(), objection.targetRef(), objection.subjectKind(),
				objection.subjectId(), objection.regionCode(), outcome));
	}

	// --- reads ---

	@Override
	@Transactional(readOnly = true)
	public Objection get(Actor reader, long id) {
		return objections.find(reader.scope(), id).orElseThrow(() -> new NotFoundException("objection.not-found", id));
	}

	@Override
	@Transactional(readOnly = true)
	public ObjectionPage list(Actor reader, ObjectionFilter filter, LocalDate today, int page, int size) {
		ObjectionFilter f = filter == null ? ObjectionFilter.ALL : filter;
		int bounded = Math.min(Math.max(size, 1), 200);
		int from = Math.max(page, 0);
		return new ObjectionPage(objections.list(reader.scope(), f, today, from, bounded),
				objections.count(reader.scope(), f, today), from, bounded);
	}

	@Override
	@Transactional(readOnly = true)
	public QueueCounts counts(Actor reader, LocalDate today) {
		return objections.counts(reader.scope(), today);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Objection> mine(Actor objector, int limit) {
		return objections.mine(objector.scope(), objector.accountId(), Math.min(Math.max(limit, 1), 500));
	}

	@Override
	@Transactional(readOnly = true)
	public List<StateChange> history(Actor reader, long id) {
		get(reader, id);
		return objections.history(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttachmentInfo> attachments(Actor reader, long id) {
		get(reader, id);
		return objections.attachments(id);
	}

	@Override
	public AttachmentContent attachment(Actor reader, long objectionId, long attachmentId) {
		get(reader, objectionId);
		SealedDocumentTable.Sealed document = objections.sealedAttachment(objectionId, attachmentId)
			.orElseThrow(() -> new NotFoundException("objection.attachment.not-found", attachmentId));
		byte[] content = cipher.decrypt(document.content(), associatedData(objectionId));
		audit.record(AuditEvent.success(reader, "OBJECTION_ATTACHMENT_VIEW", "objection", objectionId)
			.with("attachment", attachmentId));
		return new AttachmentContent(document.filename(), document.contentType(), content);
	}

	@Override
	public ObjectionContact contact(Actor reader, long id) {
		get(reader, id);
		String[] sealed = objections.sealedContact(id).orElseThrow();
		ObjectionContact contact = new ObjectionContact(cipher.decryptText(sealed[0], "objection.contact_name:" + id),
				cipher.decryptText(sealed[1], "objection.contact_phone:" + id));
		audit.record(AuditEvent.success(reader, "OBJECTION_CONTACT_VIEW", "objection", id));
		return contact;
	}

	// --- helpers ---

	private long store(Actor by, long objectionId, UploadedDocument document) {
		byte[] content = document.content();
		return objections.insertAttachment(objectionId, document.filename(), document.contentType(), content.length,
				HexFormat.of().formatHex(Sm3.digest(content)), cipher.encrypt(content, associatedData(objectionId)),
				by.username());
	}

	private static byte[] associatedData(long objectionId) {
		return ("objection.attachment:" + objectionId).getBytes(StandardCharsets.UTF_8);
	}

	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "objection.field.required");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidValueException(field, "objection.field.too-long", max);
		}
		return stripped;
	}

	private static org.springframework.context.support.DefaultMessageSourceResolvable resolvable(String code) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { code }, code);
	}
}
