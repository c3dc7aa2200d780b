package cn.jiazheng.credit.archive.web;

import cn.jiazheng.credit.archive.Employments;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用工绑定 for enterprises: their employments and proposals, a new proposal by ID number, unbinding. */
@Controller
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class EmploymentPagesController {

	private final Employments employments;

	EmploymentPagesController(Employments employments) {
		this.employments = employments;
	}

	@GetMapping("/employments")
	String list(Actor actor, Model model) {
		model.addAttribute("employments", employments.ofEnterprise(actor));
		return "archive/employments";
	}

	@PostMapping("/employments")
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	String propose(Actor actor, @RequestParam(defaultValue = "") String residentId, Model model,
			RedirectAttributes redirect) {
		try {
			employments.propose(actor, residentId);
		}
		catch (InvalidValueException | ConflictException ex) {
			model.addAttribute("formError", ex);
			return list(actor, model);
		}
		redirect.addFlashAttribute("done", "archive.employment.proposed");
		return "redirect:/employments";
	}

	@PostMapping("/employments/{id}/acceptance")
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	String accept(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		employments.accept(actor, id);
		redirect.addFlashAttribute("done", "archive.employment.accepted");
		return "redirect:/employments";
	}

	@PostMapping("/employments/{id}/rejection")
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	String reject(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		employments.reject(actor, id);
		redirect.addFlashAttribute("done", "archive.employment.rejected");
		return "redirect:/employments";
	}

	@PostMapping("/employments/{id}/end")
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	String end(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		if (!confirm) {
			throw new InvalidValueException("confirm", "archive.employment.confirm-end");
		}
		employments.end(actor, id);
		redirect.addFlashAttribute("done", "archive.employment.ended");
		return "redirect:/employments";
	}
}
