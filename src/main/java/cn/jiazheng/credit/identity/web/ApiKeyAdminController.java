package cn.jiazheng.credit.identity.web;

import java.util.ArrayList;
import java.util.List;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.identity.internal.ApiKeys;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 接口密钥 for integrators: issue (shown once), list, revoke. */
@Controller
@RequestMapping("/admin/api-keys")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ApiKeyAdminController {

	private final ApiKeys keys;

	ApiKeyAdminController(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("keys", keys.list(actor));
		model.addAttribute("scopes", ApiScope.values());
		return "identity/admin-apikeys";
	}

	@PostMapping
	String issue(Actor actor, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) List<String> scopes, @RequestParam(defaultValue = "") String territory,
			Model model, RedirectAttributes redirect) {
		try {
			List<ApiScope> chosen = new ArrayList<>();
			for (String code : scopes == null ? List.<String>of() : scopes) {
				chosen.add(ApiScope.fromCode(code)
					.orElseThrow(() -> new InvalidValueException("scopes", "identity.apikey.scopes.unknown", code)));
			}
			String key = keys.issue(actor, name, chosen, territory.isBlank() ? null : RegionCode.of(territory));
			redirect.addFlashAttribute("issuedKey", key);
			return "redirect:/admin/api-keys";
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return list(actor, model);
		}
	}

	@PostMapping("/{id}/revoke")
	String revoke(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		AccountAdminController.requireConfirmed(confirm);
		keys.revoke(actor, id);
		redirect.addFlashAttribute("done", "identity.apikey.revoked");
		return "redirect:/admin/api-keys";
	}
}
