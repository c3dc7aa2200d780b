package cn.jiazheng.credit.record.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.SensitiveFiles;
import cn.jiazheng.credit.record.AttachmentContent;
import cn.jiazheng.credit.record.CreditRecord;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.RecordFilter;
import cn.jiazheng.credit.record.RecordPage;
import cn.jiazheng.credit.record.RecordState;
import cn.jiazheng.credit.record.RecordType;
import cn.jiazheng.credit.record.RecordTypes;
import cn.jiazheng.credit.record.Subject;
import cn.jiazheng.credit.record.SubjectKind;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 信用信息 for regulators: the list with filters and counts, entry, a record with its evidence, revocation. */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
class RecordPagesController {

	private static final int PAGE_SIZE = 50;

	private final CreditRecords records;

	private final RecordTypes types;

	RecordPagesController(CreditRecords records, RecordTypes types) {
		this.records = records;
		this.types = types;
	}

	@GetMapping("/records")
	String list(Actor actor, @RequestParam(required = false) String type, @RequestParam(required = false) RecordState state,
			@RequestParam(required = false) SubjectKind kind, @RequestParam(required = false) Long subject,
			@RequestParam(defaultValue = "0") int page, Model model) {
		RecordFilter filter = new RecordFilter(type == null || type.isBlank() ? null : type, state, kind, subject);
		RecordPage found = records.list(actor, filter, page, PAGE_SIZE);
		Map<RecordState, Long> counts = records.countByState(actor, filter);
		model.addAttribute("records", found.items());
		model.addAttribute("total", found.total());
		model.addAttribute("all", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("counts", counts);
		model.addAttribute("page", found.page());
		model.addAttribute("pageSize", found.size());
		model.addAttribute("type", filter.typeCode());
		model.addAttribute("state", state);
		model.addAttribute("kind", kind);
		model.addAttribute("subject", subject);
		model.addAttribute("states", RecordState.values());
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		typeNames(model);
		return "record/records";
	}

	@GetMapping("/records/new")
	String form(Actor actor, @RequestParam(required = false) SubjectKind kind, @RequestParam(required = false) String code,
			Model model) {
		model.addAttribute("kind", kind == null ? SubjectKind.ENTERPRISE : kind);
		model.addAttribute("code", code);
		model.addAttribute("kinds", List.of(SubjectKind.ENTERPRISE, SubjectKind.WORKER));
		if (kind != null && code != null && !code.isBlank()) {
			try {
				Optional<Subject> subject = records.findSubject(actor, kind, code);
				model.addAttribute("subject", subject.orElse(null));
				model.addAttribute("notFound", subject.isEmpty());
				subject.ifPresent(s -> model.addAttribute("types",
						types.all().stream().filter(t -> t.active() && t.appliesTo(s.kind())).toList()));
			}
			catch (InvalidValueException ex) {
				model.addAttribute("searchError", ex);
			}
		}
		return "record/new";
	}

	@PostMapping("/records")
	String add(Actor actor, @RequestParam(required = false) SubjectKind subjectKind,
			@RequestParam(required = false) Long subjectId, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String typeCode, @RequestParam(defaultValue = "") String sourceOrganisation,
			@RequestParam(defaultValue = "") String documentNumber, @RequestParam(defaultValue = "") String decisionDate,
			@RequestParam(defaultValue = "") String summary, @RequestParam(required = false) List<MultipartFile> attachments,
			Model model, RedirectAttributes redirect) {
		NewRecord entry = null;
		try {
			entry = new NewRecord(subjectKind, subjectId, typeCode, sourceOrganisation, documentNumber, date(decisionDate),
					summary);
			long id = records.add(actor, entry, Uploads.evidence(attachments));
			redirect.addFlashAttribute("done", "record.page.added");
			return "redirect:/records/" + id;
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			model.addAttribute("entry", new NewRecord(subjectKind, subjectId, typeCode, sourceOrganisation, documentNumber,
					null, summary));
			model.addAttribute("decisionDate", decisionDate);
			return form(actor, subjectKind, code, model);
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException("decisionDate", "record.decision-date.invalid");
		}
	}

	@GetMapping("/records/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		CreditRecord record = records.get(actor, id);
		model.addAttribute("record", record);
		model.addAttribute("history", records.history(actor, id));
		model.addAttribute("attachments", records.attachments(actor, id));
		model.addAttribute("type", types.find(record.typeCode()).orElse(null));
		model.addAttribute("revocable", record.state().canMoveTo(RecordState.REVOKED));
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		return "record/record";
	}

	@PostMapping("/records/{id}/revocation")
	String revoke(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		records.get(actor, id);
		try {
			if (!confirm) {
				throw new InvalidValueException("confirm", "record.revoke.confirm-required");
			}
			records.revoke(actor, id, reason);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			model.addAttribute("reason", reason);
			return show(actor, id, model);
		}
		redirect.addFlashAttribute("done", "record.page.revoked");
		return "redirect:/records/" + id;
	}

	@GetMapping("/records/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
		AttachmentContent content = records.attachment(actor, id, attachmentId);
		return SensitiveFiles.attachment(content.contentType(), content.filename(), content.bytes());
	}

	private void typeNames(Model model) {
		List<RecordType> all = types.all();
		model.addAttribute("types", all);
		model.addAttribute("typeByCode", all.stream().collect(Collectors.toMap(RecordType::code, Function.identity())));
	}
}
