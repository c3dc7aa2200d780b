package cn.jiazheng.credit.identity.web;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.AccountFilter;
import cn.jiazheng.credit.identity.internal.AccountManagement;
import cn.jiazheng.credit.identity.internal.AccountQueries;
import cn.jiazheng.credit.identity.internal.NewAccount;
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

/**
 * 辖区账号 / 子账号: a regulator sees the accounts in its territory; an enterprise admin sees its own
 * enterprise's accounts and creates staff sub-accounts. The scope of the actor bounds both.
 */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasAnyRole('REGULATOR','ENTERPRISE_ADMIN')")
class TerritoryAccountsController {

	private final AccountQueries queries;

	private final AccountManagement management;

	TerritoryAccountsController(AccountQueries queries, AccountManagement management) {
		this.queries = queries;
		this.management = management;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(required = false) Role role, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AccountListing.addTo(model, queries, actor, new AccountFilter(role, q, false), page);
		return "identity/accounts";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("account", queries.get(actor, id));
		return "identity/account";
	}

	@PostMapping("/staff")
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	String createStaff(Actor actor, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, Model model, RedirectAttributes redirect) {
		try {
			AccountManagement.Created created = management.create(actor, new NewAccount(username.strip(),
					displayName.strip(), Role.ENTERPRISE_STAFF, actor.territory(), actor.enterpriseId()));
			redirect.addFlashAttribute("oneTimePassword", created.password());
			return "redirect:/accounts/" + created.id();
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return list(actor, null, null, 0, model);
		}
	}
}
