package cn.jiazheng.credit.identity.internal;

import java.time.Instant;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;

/** 账号: one row of identity.account. */
public record Account(long id, String username, String displayName, String passwordHash, Role role, RegionCode territory,
		Long enterpriseId, boolean enabled, int failedAttempts, Instant lockedUntil, boolean mustChangePassword,
		String totpSecret, long totpLastStep, Instant createdAt, Instant lastLoginAt) {

	public Actor actor() {
		return new Actor(id, username, displayName, role, territory, enterpriseId);
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
