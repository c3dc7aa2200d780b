package cn.jiazheng.credit.identity.web;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.AccountFilter;
import cn.jiazheng.credit.identity.internal.AccountManagement;
import cn.jiazheng.credit.identity.internal.AccountQueries;
import cn.jiazheng.credit.identity.internal.AccountView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over the API, within the caller's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账号 Accounts")
class AccountApiController {

	private final AccountQueries queries;

	private final AccountManagement management;

	AccountApiController(AccountQueries queries, AccountManagement management) {
		this.queries = queries;
		this.management = management;
	}

	@GetMapping("/me")
	@Operation(summary = "当前身份 The caller: role, territory, enterprise, permissions as of login")
	Map<String, Object> me(Actor actor) {
		return Map.of("username", actor.username(), "displayName", actor.displayName(), "role", actor.role(),
				"territory", actor.territory() == null ? "" : actor.territory().value(), "enterpriseId",
				actor.enterpriseId() == null ? "" : actor.enterpriseId(), "permissions",
				actor.permissions().stream().filter(actor::has).map(Enum::name).sorted().toList());
	}

	@GetMapping("/accounts")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN')")
	@Operation(summary = "账号列表 Accounts within the caller's territory or enterprise")
	Map<String, Object> list(Actor actor, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		AccountFilter filter = new AccountFilter(role, q, false);
		int bounded = Math.min(Math.max(size, 1), 200);
		List<AccountView> items = queries.list(actor, filter, Math.max(page, 0), bounded);
		return Map.of("items", items, "total", queries.count(actor, filter), "page", Math.max(page, 0), "size", bounded);
	}

	@GetMapping("/accounts/{id}")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN')")
	@Operation(summary = "账号详情 One account")
	AccountView get(Actor actor, @PathVariable long id) {
		return queries.get(actor, id);
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','ENTERPRISE_ADMIN')")
	@Operation(summary = "新建账号 Create an account; the answer carries its one-time password")
	Map<String, Object> create(Actor actor, @RequestBody AccountForm form) {
		AccountManagement.Created created = management.create(actor, form.toNewAccount());
		return Map.of("id", created.id(), "oneTimePassword", created.password());
	}

	@PostMapping("/accounts/{id}/lock")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "锁定账号 Lock an account")
	void lock(Actor actor, @PathVariable long id) {
		management.lock(actor, id);
	}

	@PostMapping("/accounts/{id}/unlock")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "解锁账号 Unlock an account")
	void unlock(Actor actor, @PathVariable long id) {
		management.unlock(actor, id);
	}
}
