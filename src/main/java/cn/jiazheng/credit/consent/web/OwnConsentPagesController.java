package cn.jiazheng.credit.consent.web;

import java.util.Arrays;
import java.util.List;

import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的授权: the worker's own letters, what their consent allows now and what each scope means, with
 * grant and revoke; a revocation is made only once the worker has ticked that they mean it.
 */
@Controller
@PreAuthorize("hasRole('WORKER')")
class OwnConsentPagesController {

	private final Consents consents;

	private final Workers workers;

	OwnConsentPagesController(Consents consents, Workers workers) {
		this.consents = consents;
		this.workers = workers;
	}

	@GetMapping("/me/consents")
	String show(Actor actor, Model model) {
		model.addAttribute("scopes", List.of(ConsentScope.values()));
		workers.own(actor).ifPresent(worker -> {
			model.addAttribute("worker", worker);
			model.addAttribute("letters", consents.letters(actor, worker.id()));
			model.addAttribute("inForce", consents.inForce(actor, worker.id()));
			model.addAttribute("history", consents.history(actor, worker.id()));
		});
		return "consent/own-consents";
	}

	@PostMapping("/me/consents/grants")
	String grant(Actor actor, @RequestParam(required = false) String scope, Model model, RedirectAttributes redirect) {
		try {
			consents.grant(actor, scope(scope));
		}
		catch (InvalidValueException | ConflictException ex) {
			return again(actor, model, ex);
		}
		redirect.addFlashAttribute("done", "consent.own.granted");
		return "redirect:/me/consents";
	}

	@PostMapping("/me/consents/revocations")
	String revoke(Actor actor, @RequestParam(required = false) String scope,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
		try {
			ConsentScope chosen = scope(scope);
			if (!confirm) {
				throw new InvalidValueException("confirm", "consent.own.confirm-revoke");
			}
			consents.revoke(actor, chosen);
		}
		catch (InvalidValueException | ConflictException ex) {
			return again(actor, model, ex);
		}
		redirect.addFlashAttribute("done", "consent.own.revoked");
		return "redirect:/me/consents";
	}

	/** Both refusals carry a message key and its arguments, which the page shows. */
	private String again(Actor actor, Model model, RuntimeException refusal) {
		model.addAttribute("formError", refusal);
		return show(actor, model);
	}

	private static ConsentScope scope(String value) {
		return Arrays.stream(ConsentScope.values())
			.filter(s -> s.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException("scope", "consent.change.scope-required"));
	}
}
