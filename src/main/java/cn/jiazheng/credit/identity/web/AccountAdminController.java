package cn.jiazheng.credit.identity.web;

import java.util.List;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.AccountFilter;
import cn.jiazheng.credit.identity.internal.AccountManagement;
import cn.jiazheng.credit.identity.internal.AccountQueries;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账号管理 for the platform admin: list, create, lock, unlock, reset password, grant and revoke 专项权限. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AccountAdminController {

	private final AccountQueries queries;

	private final AccountManagement management;

	AccountAdminController(AccountQueries queries, AccountManagement management) {
		this.queries = queries;
		this.management = management;
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return List.of(Role.PLATFORM_ADMIN, Role.REGULATOR, Role.ENTERPRISE_ADMIN, Role.ENTERPRISE_STAFF, Role.WORKER,
				Role.CONSUMER);
	}

	@ModelAttribute("permissions")
	List<Permission> permissions() {
		return List.of(Permission.values());
	}

	@GetMapping
	String list(Actor actor, @RequestParam(required = false) Role role, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean locked, @RequestParam(defaultValue = "0") int page, Model model) {
		AccountListing.addTo(model, queries, actor, new AccountFilter(role, q, locked), page);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForm.empty());
		}
		return "identity/admin-accounts";
	}

	@PostMapping
	String create(Actor actor, AccountForm form, Model model, RedirectAttributes redirect) {
		try {
			AccountManagement.Created created = management.create(actor, form.toNewAccount());
			redirect.addFlashAttribute("oneTimePassword", created.password());
			return "redirect:/admin/accounts/" + created.id();
		}
		catch (InvalidValueException ex) {
			model.addAttribute("form", form);
			model.addAttribute("formError", ex);
			return list(actor, null, null, false, 0, model);
		}
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("account", queries.get(actor, id));
		return "identity/admin-account";
	}

	@PostMapping("/{id}/lock")
	String lock(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		requireConfirmed(confirm);
		management.lock(actor, id);
		redirect.addFlashAttribute("done", "identity.account.locked-done");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		management.unlock(actor, id);
		redirect.addFlashAttribute("done", "identity.account.unlocked-done");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password-reset")
	String reset(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		requireConfirmed(confirm);
		redirect.addFlashAttribute("oneTimePassword", management.resetPassword(actor, id));
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/permissions/grant")
	String grant(Actor actor, @PathVariable long id, @RequestParam Permission permission, RedirectAttributes redirect) {
		management.grant(actor, id, permission);
		redirect.addFlashAttribute("done", "identity.permission.granted");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/permissions/revoke")
	String revoke(Actor actor, @PathVariable long id, @RequestParam Permission permission,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		requireConfirmed(confirm);
		management.revoke(actor, id, permission);
		redirect.addFlashAttribute("done", "identity.permission.revoked");
		return "redirect:/admin/accounts/" + id;
	}

	static void requireConfirmed(boolean confirm) {
		if (!confirm) {
			throw new InvalidValueException("confirm", "identity.confirm.required");
		}
	}
}
