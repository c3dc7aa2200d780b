package cn.jiazheng.credit.archive.web;

import cn.jiazheng.credit.archive.BackgroundChecks;
import cn.jiazheng.credit.archive.Employments;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的档案: a worker's own released file whole, her background-check result, employers past and present,
 * proposals to confirm, and who else has looked at her sensitive data.
 */
@Controller
@PreAuthorize("hasRole('WORKER')")
class OwnWorkerFileController {

	private final Workers workers;

	private final EnterpriseFiles enterprises;

	private final AuditQueries audit;

	private final Employments employments;

	private final WorkerFiles files;

	private final BackgroundChecks checks;

	OwnWorkerFileController(Workers workers, EnterpriseFiles enterprises, AuditQueries audit, Employments employments,
			WorkerFiles files, BackgroundChecks checks) {
		this.workers = workers;
		this.enterprises = enterprises;
		this.audit = audit;
		this.employments = employments;
		this.files = files;
		this.checks = checks;
	}

	@GetMapping("/me")
	String show(Actor actor, Model model) {
		workers.own(actor).ifPresent(worker -> {
			model.addAttribute("worker", worker);
			model.addAttribute("employer",
					worker.enterpriseId() == null ? null : enterprises.releasedName(worker.enterpriseId()).orElse(null));
			model.addAttribute("employments", employments.ofOwnFile(actor));
			model.addAttribute("file", files.ownReleased(actor).orElse(null));
			model.addAttribute("categories", enterprises.serviceCategories());
			model.addAttribute("background", checks.latest(actor, worker.id()).orElse(null));
			// Read after the file is opened: her own opening is audited too, and is not what she wants to see here.
			model.addAttribute("views", audit.viewsOf("worker", Long.toString(worker.id()), 100).stream()
				.filter(view -> !actor.username().equals(view.actor()))
				.toList());
		});
		return "archive/own-worker-file";
	}

	@PostMapping("/me/employments")
	String apply(Actor actor, @RequestParam(defaultValue = "") String creditCode, Model model, RedirectAttributes redirect) {
		try {
			employments.apply(actor, creditCode);
		}
		catch (InvalidValueException | cn.jiazheng.credit.platform.ConflictException ex) {
			model.addAttribute("formError", ex);
			model.addAttribute("creditCode", creditCode);
			return show(actor, model);
		}
		redirect.addFlashAttribute("done", "archive.employment.applied");
		return "redirect:/me";
	}

	@PostMapping("/me/employments/{id}/confirmation")
	String confirm(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		employments.confirm(actor, id);
		redirect.addFlashAttribute("done", "archive.employment.confirmed");
		return "redirect:/me";
	}

	@PostMapping("/me/employments/{id}/decline")
	String decline(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		employments.decline(actor, id);
		redirect.addFlashAttribute("done", "archive.employment.declined");
		return "redirect:/me";
	}

	@PostMapping("/me/employments/{id}/end")
	String end(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		if (!confirm) {
			throw new InvalidValueException("confirm", "archive.employment.confirm-end");
		}
		employments.end(actor, id);
		redirect.addFlashAttribute("done", "archive.employment.ended");
		return "redirect:/me";
	}
}
