package cn.jiazheng.credit.record.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.platform.SensitiveFiles;
import cn.jiazheng.credit.record.AttachmentContent;
import cn.jiazheng.credit.record.AttachmentInfo;
import cn.jiazheng.credit.record.CreditRecord;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.RecordFilter;
import cn.jiazheng.credit.record.RecordPage;
import cn.jiazheng.credit.record.RecordState;
import cn.jiazheng.credit.record.RecordType;
import cn.jiazheng.credit.record.RecordTypes;
import cn.jiazheng.credit.record.StateChange;
import cn.jiazheng.credit.record.SubjectKind;
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

/** 信用信息 over the API: entry (also by integrators within their key's territory), reads, revocation. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "records", description = "信用信息 Credit records")
class RecordApiController {

	static final String READERS = "hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF') or hasAuthority('SCOPE_records:read')";

	static final String WRITERS = "hasAnyRole('PLATFORM_ADMIN','REGULATOR') or hasAuthority('SCOPE_records:write')";

	private final CreditRecords records;

	private final RecordTypes types;

	RecordApiController(CreditRecords records, RecordTypes types) {
		this.records = records;
		this.types = types;
	}

	@GetMapping("/record-types")
	@PreAuthorize(READERS)
	@Operation(summary = "信用信息类型 The catalogue of record types and their stable codes")
	List<RecordType> types() {
		return types.all();
	}

	@GetMapping("/records")
	@PreAuthorize(READERS)
	@Operation(summary = "信用信息列表 Records within the caller's territory (an enterprise: its own), newest first")
	RecordPage list(Actor actor, @RequestParam(required = false) String type, @RequestParam(required = false) RecordState state,
			@RequestParam(required = false) SubjectKind subjectKind, @RequestParam(required = false) Long subjectId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return records.list(actor, new RecordFilter(type, state, subjectKind, subjectId), page, size);
	}

	@PostMapping(path = "/records", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	@Operation(summary = "录入信用信息 Enter a record about a subject of the caller's territory, named by id or by "
			+ "统一社会信用代码 / 居民身份证号码 (subjectCode); evidence is added with the multipart form of this call or afterwards")
	Map<String, Object> create(Actor actor, @RequestBody RecordRequest request) {
		return Map.of("id", records.add(actor, request.toNewRecord(actor, records), List.of()));
	}

	@PostMapping(path = "/records", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	@Operation(summary = "录入信用信息（含证据） Enter a record with evidence: part 'record' (JSON) and parts 'attachments' (PDF, JPEG, PNG)")
	Map<String, Object> createWithEvidence(Actor actor, @RequestPart(name = "record", required = false) RecordRequest request,
			@RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) {
		if (request == null) {
			throw new InvalidValueException("record", "record.field.required");
		}
		return Map.of("id", records.add(actor, request.toNewRecord(actor, records), Uploads.evidence(attachments)));
	}

	@GetMapping("/records/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "信用信息 One record with its publicity period")
	CreditRecord get(Actor actor, @PathVariable long id) {
		return records.get(actor, id);
	}

	@GetMapping("/records/{id}/history")
	@PreAuthorize(READERS)
	@Operation(summary = "状态记录 Every state change of the record, oldest first")
	List<StateChange> history(Actor actor, @PathVariable long id) {
		return records.history(actor, id);
	}

	@GetMapping("/records/{id}/attachments")
	@PreAuthorize(READERS)
	@Operation(summary = "证据材料 The record's evidence attachments")
	List<AttachmentInfo> attachments(Actor actor, @PathVariable long id) {
		return records.attachments(actor, id);
	}

	@PostMapping("/records/{id}/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	@Operation(summary = "补充证据 Add an evidence attachment (multipart part 'file': PDF, JPEG or PNG)")
	Map<String, Object> attach(Actor actor, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file) {
		records.get(actor, id);
		if (file == null || file.isEmpty()) {
			throw new InvalidValueException("file", "record.attachment.empty");
		}
		return Map.of("id", records.attach(actor, id, Uploads.evidence(file)));
	}

	@GetMapping("/records/{id}/attachments/{attachmentId}")
	@PreAuthorize(READERS)
	@Operation(summary = "下载证据 Download an attachment (audited)")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
		AttachmentContent content = records.attachment(actor, id, attachmentId);
		return SensitiveFiles.attachment(content.contentType(), content.filename(), content.bytes());
	}

	@PostMapping("/records/{id}/revocation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(WRITERS)
	@Operation(summary = "撤销 Revoke a record entered in error, with the reason; its history stays")
	void revoke(Actor actor, @PathVariable long id, @RequestBody(required = false) Reason reason) {
		records.revoke(actor, id, reason == null ? null : reason.reason());
	}

	/**
	 * A record to enter: the subject by id, or by its code (统一社会信用代码 for an enterprise, 居民身份证号码 for
	 * a worker), which is looked up within the caller's territory.
	 */
	record RecordRequest(SubjectKind subjectKind, Long subjectId, String subjectCode, String typeCode,
			String sourceOrganisation, String documentNumber, LocalDate decisionDate, String summary) {

		NewRecord toNewRecord(Actor actor, CreditRecords records) {
			Long id = subjectId;
			if (id == null && subjectKind != null && subjectCode != null && !subjectCode.isBlank()) {
				id = records.findSubject(actor, subjectKind, subjectCode)
					.orElseThrow(() -> new NotFoundException("record.subject.not-found"))
					.id();
			}
			return new NewRecord(subjectKind, id, typeCode, sourceOrganisation, documentNumber, decisionDate, summary);
		}
	}

	record Reason(String reason) {
	}
}
