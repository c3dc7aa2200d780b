package cn.jiazheng.credit.identity.internal;

import java.time.Instant;
import java.util.Set;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;

/** 账号: one row of identity.account. */
public record Account(long id, String username, String displayName, String passwordHash, Role role, RegionCode territory,
		Long enterpriseId, boolean enabled, int failedAttempts, Instant lockedUntil, boolean mustChangePassword,
		String totpSecret, long totpLastStep, Instant createdAt, Instant lastLoginAt, Set<Permission> permissions) {

	public Account {
		permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
	}

	/**
	 * The actor as of now. A session keeps the actor made at login (AccountPrincipal), so a permission
	 * granted or revoked later takes effect at the account's next login.
	 */
	public Actor actor() {
		return new Actor(id, username, displayName, role, territory, enterpriseId, permissions);
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
