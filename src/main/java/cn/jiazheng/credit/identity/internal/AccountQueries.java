package cn.jiazheng.credit.identity.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.identity.Accounts;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.Scope;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading accounts, always within the reader's scope; the few writes of the public {@link Accounts}
 * are handed to {@link AccountManagement}.
 */
@Service
@Transactional(readOnly = true)
public class AccountQueries implements Accounts {

	private final AccountRepository accounts;

	private final RegionDirectory regions;

	private final Clock clock;

	private final AccountManagement management;

	AccountQueries(AccountRepository accounts, RegionDirectory regions, Clock clock, AccountManagement management) {
		this.accounts = accounts;
		this.management = management;
		this.regions = regions;
		this.clock = clock;
	}

	public List<AccountView> list(Actor reader, AccountFilter filter, int page, int size) {
		// A page of accounts shares few territories: look each name path up once, not once per row.
		Map<RegionCode, String> names = new HashMap<>();
		return accounts.list(reader.scope(), filter, size, page * size).stream()
			.map(account -> view(account, names))
			.toList();
	}

	public long count(Actor reader, AccountFilter filter) {
		return accounts.count(reader.scope(), filter);
	}

	public AccountView get(Actor reader, long id) {
		return accounts.find(reader.scope(), id)
			.map(account -> view(account, new HashMap<>()))
			.orElseThrow(() -> new NotFoundException("identity.account.not-found", id));
	}

	@Override
	public long count(Scope scope, Role role) {
		return accounts.count(scope, new AccountFilter(role, null, false));
	}

	@Override
	public long countLocked(Scope scope) {
		return accounts.count(scope, new AccountFilter(null, null, true));
	}

	@Override
	public java.util.Optional<Long> idOf(String username) {
		return accounts.findByUsername(username).map(Account::id);
	}

	@Override
	@Transactional
	public void grant(Actor admin, long accountId, Permission permission) {
		management.grant(admin, accountId, permission);
	}

	@Override
	@Transactional
	public void revoke(Actor admin, long accountId, Permission permission) {
		management.revoke(admin, accountId, permission);
	}

	private AccountView view(Account a, Map<RegionCode, String> names) {
		return new AccountView(a.id(), a.username(), a.displayName(), a.role(),
				a.territory() == null ? null : a.territory().value(),
				a.territory() == null ? null : names.computeIfAbsent(a.territory(), regions::namePath), a.enterpriseId(), a.enabled(),
				a.lockedAt(clock.instant()), a.mustChangePassword(), a.createdAt(), a.lastLoginAt(), a.permissions());
	}
}
