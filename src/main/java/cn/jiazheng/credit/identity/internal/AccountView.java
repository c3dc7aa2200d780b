package cn.jiazheng.credit.identity.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;

/** An account as pages and the API show it: no password hash, no second-factor secret. */
public record AccountView(long id, String username, String displayName, Role role, String territory,
		String territoryName, Long enterpriseId, boolean enabled, boolean locked, boolean mustChangePassword,
		Instant createdAt, Instant lastLoginAt, Set<Permission> permissions) {

	public AccountView {
		// In the enum's order, so that pages list them the same way every time.
		Set<Permission> ordered = EnumSet.noneOf(Permission.class);
		ordered.addAll(permissions);
		permissions = Collections.unmodifiableSet(ordered);
	}

	public boolean has(Permission permission) {
		return permissions.contains(permission);
	}
}
