package cn.jiazheng.credit.consent.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.consent.LetterContent;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;

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

/** 信用信息授权书 of one worker: the letters on file, and filing a new one (the worker's enterprise). */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class ConsentPagesController {

	private final Consents consents;

	private final Workers workers;

	ConsentPagesController(Consents consents, Workers workers) {
		this.consents = consents;
		this.workers = workers;
	}

	@GetMapping("/workers/{id}/consents")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("worker", workers.get(actor, id));
		model.addAttribute("letters", consents.letters(actor, id));
		model.addAttribute("inForce", consents.inForce(actor, id));
		return "consent/letters";
	}

	@PostMapping("/workers/{id}/consents")
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	String file(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) List<ConsentScope> scopes, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			Set<ConsentScope> chosen = scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ConsentScope.class)
					: EnumSet.copyOf(scopes);
			consents.fileLetter(actor, id, file == null ? null : file.getBytes(), chosen);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return show(actor, id, model);
		}
		redirect.addFlashAttribute("done", "consent.letter.filed");
		return "redirect:/workers/" + id + "/consents";
	}

	/** The letter itself, shown in the browser; audited as a view of sensitive data. */
	@GetMapping("/consents/letters/{id}")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN')")
	ResponseEntity<byte[]> open(Actor actor, @PathVariable long id) {
		LetterContent letter = consents.open(actor, id);
		return cn.jiazheng.credit.platform.SensitiveFiles.inline(letter.contentType(), "letter-" + id, letter.bytes());
	}
}
