package cn.jiazheng.credit.archive.web;

import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.ReviewItem;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 本企业档案: the enterprise keeps its own file, saves drafts and submits them for review. */
@Controller
@RequestMapping("/enterprise/file")
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class OwnFileController {

	private final EnterpriseFiles files;

	OwnFileController(EnterpriseFiles files) {
		this.files = files;
	}

	@GetMapping
	String show(Actor actor, Model model) {
		Revision<EnterpriseFile> latest = latest(actor);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", EnterpriseFileForm.of(latest.file()));
		}
		model.addAttribute("enterprise", files.get(actor, actor.enterpriseId()));
		model.addAttribute("latest", latest);
		model.addAttribute("categories", files.serviceCategories());
		return "archive/own-file";
	}

	@PostMapping
	String save(Actor actor, @ModelAttribute("form") EnterpriseFileForm form, Model model, RedirectAttributes redirect) {
		try {
			int revision = files.saveDraft(actor, actor.enterpriseId(), form.toFile(latest(actor).file()));
			redirect.addFlashAttribute("done", "archive.page.saved");
			redirect.addFlashAttribute("doneArgument", revision);
			return "redirect:/enterprise/file";
		}
		catch (InvalidValueException | ConflictException ex) {
			model.addAttribute("formError", ex);
			return show(actor, model);
		}
	}

	@PostMapping("/submission")
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	String submit(Actor actor, Model model, RedirectAttributes redirect) {
		try {
			files.submit(actor, actor.enterpriseId());
			redirect.addFlashAttribute("done", "archive.page.submitted");
			return "redirect:/enterprise/file";
		}
		catch (InvalidValueException | ConflictException ex) {
			model.addAttribute("formError", ex);
			return show(actor, model);
		}
	}

	private Revision<EnterpriseFile> latest(Actor actor) {
		return files.history(actor, actor.enterpriseId()).get(0);
	}
}
