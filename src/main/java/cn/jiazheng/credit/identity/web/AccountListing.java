package cn.jiazheng.credit.identity.web;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.internal.AccountFilter;
import cn.jiazheng.credit.identity.internal.AccountQueries;

import org.springframework.ui.Model;

/** One page of accounts within the reader's scope, as both account lists show it. */
final class AccountListing {

	static final int PAGE_SIZE = 50;

	private AccountListing() {
	}

	static void addTo(Model model, AccountQueries queries, Actor reader, AccountFilter filter, int page) {
		int current = Math.max(page, 0);
		model.addAttribute("accounts", queries.list(reader, filter, current, PAGE_SIZE));
		model.addAttribute("total", queries.count(reader, filter));
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("role", filter.role());
		model.addAttribute("q", filter.text());
		model.addAttribute("locked", filter.lockedOnly());
	}
}
