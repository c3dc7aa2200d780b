package cn.jiazheng.credit.objection.web;

import java.time.LocalDate;
import java.util.List;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.objection.AttachmentContent;
import cn.jiazheng.credit.objection.NewObjection;
import cn.jiazheng.credit.objection.Objection;
import cn.jiazheng.credit.objection.ObjectionFilter;
import cn.jiazheng.credit.objection.ObjectionPage;
import cn.jiazheng.credit.objection.ObjectionState;
import cn.jiazheng.credit.objection.ObjectionWindow;
import cn.jiazheng.credit.objection.Objections;
import cn.jiazheng.credit.objection.Outcome;
import cn.jiazheng.credit.objection.TargetKind;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.SensitiveFiles;

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

/**
 * 异议 pages: the regulator's queue by working-day deadline, an objection with its answer form (two steps),
 * the enterprise's form for a target whose window is open, and its own objections.
 */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class ObjectionPagesController {

	private static final int PAGE_SIZE = 50;

	private static final String REVIEWERS = "hasAnyRole('PLATFORM_ADMIN','REGULATOR')";

	private static final String OBJECTORS = "hasRole('ENTERPRISE_ADMIN')";

	private final Objections objections;

	private final Deadlines deadlines;

	ObjectionPagesController(Objections objections, Deadlines deadlines) {
		this.objections = objections;
		this.deadlines = deadlines;
	}

	@GetMapping("/objections")
	@PreAuthorize(REVIEWERS)
	String queue(Actor actor, @RequestParam(defaultValue = "FILED") String state,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page, Model model) {
		ObjectionState chosen = switch (state) {
			case "", "ALL" -> null;
			default -> {
				try {
					yield ObjectionState.valueOf(state);
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidValueException("state", "objection.state.unknown", state);
				}
			}
		};
		LocalDate today = deadlines.today();
		ObjectionPage found = objections.list(actor, new ObjectionFilter(overdue ? ObjectionState.FILED : chosen, overdue, null),
				today, page, PAGE_SIZE);
		model.addAttribute("objections", found.items());
		model.addAttribute("total", found.total());
		model.addAttribute("page", found.page());
		model.addAttribute("pageSize", found.size());
		model.addAttribute("counts", objections.counts(actor, today));
		model.addAttribute("state", overdue ? "OVERDUE" : chosen == null ? "ALL" : chosen.name());
		model.addAttribute("overdue", overdue);
		model.addAttribute("states", ObjectionState.values());
		model.addAttribute("today", today);
		model.addAttribute("left", deadlines.left(found.items(), today));
		return "objection/queue";
	}

	@GetMapping("/objections/mine")
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	String mine(Actor actor, Model model) {
		LocalDate today = deadlines.today();
		List<Objection> mine = objections.mine(actor, 200);
		model.addAttribute("objections", mine);
		model.addAttribute("windows", objections.openWindows(actor, today));
		model.addAttribute("today", today);
		model.addAttribute("left", deadlines.left(mine, today));
		return "objection/mine";
	}

	@GetMapping("/objections/new")
	@PreAuthorize(OBJECTORS)
	String form(Actor actor, @RequestParam(name = "target", required = false) TargetKind target,
			@RequestParam(name = "ref", required = false) String ref, Model model) {
		ObjectionWindow window = objections.windowFor(actor, target, ref);
		LocalDate today = deadlines.today();
		model.addAttribute("window", window);
		model.addAttribute("today", today);
		model.addAttribute("open", window.openOn(today));
		model.addAttribute("notYet", today.isBefore(window.opens()));
		model.addAttribute("windowLeft", deadlines.workingDaysLeft(window.closes(), today));
		if (!model.containsAttribute("entry")) {
			model.addAttribute("entry", new NewObjection(target, ref, "", "", ""));
		}
		return "objection/new";
	}

	@PostMapping("/objections")
	@PreAuthorize(OBJECTORS)
	String file(Actor actor, @RequestParam(name = "target", required = false) TargetKind target,
			@RequestParam(name = "ref", required = false) String ref, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String contactName, @RequestParam(defaultValue = "") String contactPhone,
			@RequestParam(required = false) List<MultipartFile> attachments, Model model, RedirectAttributes redirect) {
		NewObjection entry = new NewObjection(target, ref, reason, contactName, contactPhone);
		try {
			long id = objections.file(actor, entry, Uploads.files(attachments));
			redirect.addFlashAttribute("done", "objection.page.filed");
			return "redirect:/objections/" + id;
		}
		catch (InvalidValueException | ConflictException ex) {
			if (ex instanceof InvalidValueException invalid && (invalid.field().equals("targetKind") || invalid.field().equals("targetRef"))) {
				throw invalid;
			}
			model.addAttribute("formError", ex);
			model.addAttribute("entry", entry);
			return form(actor, target, ref, model);
		}
	}

	@GetMapping("/objections/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		Objection objection = objections.get(actor, id);
		LocalDate today = deadlines.today();
		model.addAttribute("objection", objection);
		model.addAttribute("contact", objections.contact(actor, id));
		model.addAttribute("history", objections.history(actor, id));
		model.addAttribute("attachments", objections.attachments(actor, id));
		model.addAttribute("today", today);
		model.addAttribute("left", objection.open() ? deadlines.workingDaysLeft(objection.answerDeadline(), today) : null);
		model.addAttribute("outcomes", Outcome.values());
		return "objection/objection";
	}

	/**
	 * Two steps: without {@code confirm} the page shows the answer as it will be sent and asks for
	 * confirmation; with it, the answer is given. Reasons are required in both.
	 */
	@PostMapping("/objections/{id}/answer")
	@PreAuthorize(REVIEWERS)
	String answer(Actor actor, @PathVariable long id, @RequestParam(required = false) Outcome outcome,
			@RequestParam(defaultValue = "") String answer, @RequestParam(defaultValue = "false") boolean confirm, Model model,
			RedirectAttributes redirect) {
		objections.get(actor, id);
		model.addAttribute("outcome", outcome);
		model.addAttribute("answer", answer);
		try {
			if (outcome == null) {
				throw new InvalidValueException("outcome", "objection.field.required");
			}
			if (answer.isBlank()) {
				throw new InvalidValueException("answer", "objection.field.required");
			}
			if (!confirm) {
				model.addAttribute("confirming", true);
				return show(actor, id, model);
			}
			objections.answer(actor, id, outcome, answer);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return show(actor, id, model);
		}
		redirect.addFlashAttribute("done", "objection.page.answered");
		return "redirect:/objections/" + id;
	}

	@PostMapping("/objections/{id}/withdrawal")
	@PreAuthorize(OBJECTORS)
	String withdraw(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		objections.get(actor, id);
		try {
			if (!confirm) {
				throw new InvalidValueException("confirm", "objection.withdraw.confirm-required");
			}
			objections.withdraw(actor, id, reason);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("withdrawError", ex);
			model.addAttribute("withdrawReason", reason);
			return show(actor, id, model);
		}
		redirect.addFlashAttribute("done", "objection.page.withdrawn");
		return "redirect:/objections/" + id;
	}

	@GetMapping("/objections/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
		AttachmentContent content = objections.attachment(actor, id, attachmentId);
		return SensitiveFiles.attachment(content.contentType(), content.filename(), content.bytes());
	}
}
