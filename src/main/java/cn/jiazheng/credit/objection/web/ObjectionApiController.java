package cn.jiazheng.credit.objection.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.objection.AttachmentContent;
import cn.jiazheng.credit.objection.AttachmentInfo;
import cn.jiazheng.credit.objection.NewObjection;
import cn.jiazheng.credit.objection.Objection;
import cn.jiazheng.credit.objection.ObjectionContact;
import cn.jiazheng.credit.objection.ObjectionFilter;
import cn.jiazheng.credit.objection.ObjectionPage;
import cn.jiazheng.credit.objection.ObjectionState;
import cn.jiazheng.credit.objection.Objections;
import cn.jiazheng.credit.objection.Outcome;
import cn.jiazheng.credit.objection.StateChange;
import cn.jiazheng.credit.objection.TargetKind;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.SensitiveFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 异议 over the API: enterprises file and withdraw, regulators of the subject's territory answer. */
@RestController
@RequestMapping("/api/v1/objections")
@Tag(name = "objections", description = "异议 Objections against rating results, credit records and list entries")
class ObjectionApiController {

	static final String READERS = "hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')";

	static final String REVIEWERS = "hasAnyRole('PLATFORM_ADMIN','REGULATOR')";

	static final String OBJECTORS = "hasRole('ENTERPRISE_ADMIN')";

	private final Objections objections;

	private final Deadlines deadlines;

	ObjectionApiController(Objections objections, Deadlines deadlines) {
		this.objections = objections;
		this.deadlines = deadlines;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(OBJECTORS)
	@Operation(summary = "提出异议 File an objection against a target of the caller's enterprise while its window is open; "
			+ "the answer is due within 7 working days")
	Map<String, Object> file(Actor actor, @RequestBody NewObjection objection) {
		return filed(actor, objections.file(actor, objection, List.of()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(OBJECTORS)
	@Operation(summary = "提出异议（含证明材料） File with documents: part 'objection' (JSON) and parts 'attachments' (PDF, JPEG, PNG)")
	Map<String, Object> fileWithDocuments(Actor actor,
			@RequestPart(name = "objection", required = false) NewObjection objection,
			@RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) {
		if (objection == null) {
			throw new InvalidValueException("objection", "objection.field.required");
		}
		return filed(actor, objections.file(actor, objection, Uploads.files(attachments)));
	}

	private Map<String, Object> filed(Actor actor, long id) {
		Objection objection = objections.get(actor, id);
		return Map.of("id", id, "answerDeadline", objection.answerDeadline());
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "异议列表 Objections within the caller's territory (an enterprise: its own), earliest answer deadline first; "
			+ "overdue=true keeps those still unanswered after their deadline")
	ObjectionPage list(Actor actor, @RequestParam(required = false) ObjectionState state,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) TargetKind targetKind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return objections.list(actor, new ObjectionFilter(state, overdue, targetKind), deadlines.today(), page, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "异议详情 One objection with its contact person (reading it is audited), history and documents")
	Details get(Actor actor, @PathVariable long id) {
		Objection objection = objections.get(actor, id);
		LocalDate today = deadlines.today();
		return new Details(objection, objection.overdueOn(today),
				objection.open() ? deadlines.workingDaysLeft(objection.answerDeadline(), today) : null,
				objections.contact(actor, id), objections.history(actor, id), objections.attachments(actor, id));
	}

	@PostMapping("/{id}/answer")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "答复异议 Uphold or reject, with reasons the objector reads; one answer only (409 afterwards)")
	void answer(Actor actor, @PathVariable long id, @RequestBody(required = false) Answer answer) {
		objections.get(actor, id);
		objections.answer(actor, id, answer == null ? null : answer.outcome(), answer == null ? null : answer.reasons());
	}

	@PostMapping("/{id}/withdrawal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(OBJECTORS)
	@Operation(summary = "撤回异议 Withdraw an objection not yet answered, with the reason")
	void withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) Reason reason) {
		objections.withdraw(actor, id, reason == null ? null : reason.reason());
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@PreAuthorize(READERS)
	@Operation(summary = "下载证明材料 Download a supporting document (audited)")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
		AttachmentContent content = objections.attachment(actor, id, attachmentId);
		return SensitiveFiles.attachment(content.contentType(), content.filename(), content.bytes());
	}

	/**
	 * @param overdue still unanswered after the deadline day
	 * @param workingDaysLeft for an open objection: working days to the deadline, negative once past; null when
	 * the calendar of a year in between is not loaded
	 */
	record Details(Objection objection, boolean overdue, Integer workingDaysLeft, ObjectionContact contact,
			List<StateChange> history, List<AttachmentInfo> attachments) {
	}

	record Answer(Outcome outcome, String reasons) {
	}

	record Reason(String reason) {
	}
}
