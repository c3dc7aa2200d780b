package cn.jiazheng.credit.identity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.region.RegionCode;

/**
 * 操作人: who is acting in this request. Controllers receive it as a method argument and pass it, or
 * the {@link Scope} derived from it, explicitly to services; nothing reads it from a thread-local.
 *
 * @param territory the region governed (regulator), the county of the enterprise (enterprise users),
 * the key's region (integrator); {@code null} for the platform admin, workers and consumers
 * @param enterpriseId the enterprise of an enterprise user, else {@code null}
 */
public record Actor(long accountId, String username, String displayName, Role role, RegionCode territory,
		Long enterpriseId, Set<Permission> permissions) implements AuditActor, Serializable {

	/** An actor with no permission beyond its role. */
	public Actor(long accountId, String username, String displayName, Role role, RegionCode territory, Long enterpriseId) {
		this(accountId, username, displayName, role, territory, enterpriseId, Set.of());
	}

	public Actor {
		permissions = permissions == null || permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
		if (role == Role.REGULATOR && territory == null) {
			throw new IllegalArgumentException("A regulator needs a territory");
		}
		if (role.isEnterprise() && enterpriseId == null) {
			throw new IllegalArgumentException("An enterprise user needs an enterprise");
		}
	}

	/** Permissions count only together with a role that can use them: a regulator's, or the platform admin's. */
	public boolean has(Permission permission) {
		return (role == Role.REGULATOR || role == Role.PLATFORM_ADMIN) && permissions.contains(permission);
	}

	public Scope scope() {
		return Scope.of(this);
	}

	@Override
	public String auditName() {
		return username;
	}

	@Override
	public String auditRole() {
		return role.name();
	}

	@Override
	public String auditTerritory() {
		return territory == null ? null : territory.value();
	}
}
