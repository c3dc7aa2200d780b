package cn.jiazheng.credit.archive.web;

import cn.jiazheng.credit.archive.ServiceCategories;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 服务类别 for the platform admin: the list, a new category, deactivation. */
@Controller
@RequestMapping("/admin/service-categories")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ServiceCategoryAdminController {

	private final ServiceCategories categories;

	ServiceCategoryAdminController(ServiceCategories categories) {
		this.categories = categories;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("categories", categories.all());
		return "archive/admin-categories";
	}

	@PostMapping
	String add(Actor actor, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, Model model, RedirectAttributes redirect) {
		try {
			categories.add(actor, code, nameZh, nameEn);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return list(model);
		}
		redirect.addFlashAttribute("done", "archive.category.added");
		return "redirect:/admin/service-categories";
	}

	@PostMapping("/{code}/active")
	String setActive(Actor actor, @PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
		categories.setActive(actor, code, active);
		redirect.addFlashAttribute("done", active ? "archive.category.activated" : "archive.category.deactivated");
		return "redirect:/admin/service-categories";
	}
}
