package cn.jiazheng.credit.archive.web;

import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 家政服务员 pages: regulators search their territory's workers, enterprises keep their own. Identifiers
 * are masked; the whole ones are shown only on an explicit request, which is audited.
 */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class WorkerPagesController {

	private static final int PAGE_SIZE = 50;

	private final Workers workers;

	private final RegionDirectory regions;

	WorkerPagesController(Workers workers, RegionDirectory regions) {
		this.workers = workers;
		this.regions = regions;
	}

	@GetMapping("/workers")
	String list(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("workers", workers.search(actor, q, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("regions", regions);
		return "archive/workers";
	}

	@PostMapping("/workers")
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	String register(Actor actor, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String residentId, @RequestParam(defaultValue = "") String phone, Model model,
			RedirectAttributes redirect) {
		try {
			long id = workers.register(actor, name, residentId, phone);
			redirect.addFlashAttribute("done", "archive.worker.registered");
			return "redirect:/workers/" + id;
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			model.addAttribute("registration", new String[] { name, phone });
			return list(actor, "", 0, model);
		}
	}

	@GetMapping("/workers/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("worker", workers.get(actor, id));
		model.addAttribute("regions", regions);
		return "archive/worker";
	}

	/** A POST, so that the whole identifiers are never in a URL, a browser history or a proxy log. */
	@PostMapping("/workers/{id}/identity")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN')")
	String reveal(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("identity", workers.reveal(actor, id));
		return show(actor, id, model);
	}
}
