package cn.jiazheng.credit.consent.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;

import cn.jiazheng.credit.archive.Employments;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker without an account confirms a binding through their signed letter (decision 0005): the
 * proposing enterprise's admin uploads it on the pending proposal, on the employments page.
 */
@Controller
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class ProposalLetterController {

	private final Consents consents;

	private final Employments employments;

	ProposalLetterController(Consents consents, Employments employments) {
		this.consents = consents;
		this.employments = employments;
	}

	@PostMapping("/employments/{id}/authorisation-letter")
	String file(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) List<ConsentScope> scopes, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			consents.fileLetterForProposal(actor, id, file == null ? null : file.getBytes(),
					scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ConsentScope.class) : EnumSet.copyOf(scopes));
		}
		catch (InvalidValueException | ConflictException ex) {
			model.addAttribute("letterError", ex);
			model.addAttribute("employments", employments.ofEnterprise(actor));
			return "archive/employments";
		}
		redirect.addFlashAttribute("done", "consent.proposal.confirmed");
		return "redirect:/employments";
	}
}
