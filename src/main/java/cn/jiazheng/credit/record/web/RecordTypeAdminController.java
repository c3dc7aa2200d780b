package cn.jiazheng.credit.record.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.record.Direction;
import cn.jiazheng.credit.record.RecordTypes;
import cn.jiazheng.credit.record.Severity;
import cn.jiazheng.credit.record.SubjectKind;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 信用信息类型 for the platform admin: the catalogue, a new type, deactivation. */
@Controller
@RequestMapping("/admin/record-types")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class RecordTypeAdminController {

	private final RecordTypes types;

	RecordTypeAdminController(RecordTypes types) {
		this.types = types;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("types", types.all());
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("severities", Severity.values());
		return "record/admin-types";
	}

	@PostMapping
	String add(Actor actor, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(required = false) List<SubjectKind> subjectKinds,
			@RequestParam(required = false) Direction direction, @RequestParam(required = false) Severity severity, Model model,
			RedirectAttributes redirect) {
		Set<SubjectKind> kinds = subjectKinds == null || subjectKinds.isEmpty() ? Set.of() : EnumSet.copyOf(subjectKinds);
		try {
			types.add(actor, code, nameZh, nameEn, kinds, direction, severity);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return list(model);
		}
		redirect.addFlashAttribute("done", "record.type.added");
		return "redirect:/admin/record-types";
	}

	@PostMapping("/{code}/active")
	String setActive(Actor actor, @PathVariable String code, @RequestParam boolean active,
			RedirectAttributes redirect) {
		types.setActive(actor, code, active);
		redirect.addFlashAttribute("done", active ? "record.type.activated" : "record.type.deactivated");
		return "redirect:/admin/record-types";
	}
}
