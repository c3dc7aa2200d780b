package cn.jiazheng.credit.identity.internal;

import java.time.Instant;

import cn.jiazheng.credit.identity.Role;

/** An account as pages and the API show it: no password hash, no second-factor secret. */
public record AccountView(long id, String username, String displayName, Role role, String territory,
		String territoryName, Long enterpriseId, boolean enabled, boolean locked, boolean mustChangePassword,
		Instant createdAt, Instant lastLoginAt) {
}
