package cn.jiazheng.credit.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import cn.jiazheng.credit.identity.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in person as Spring Security holds it in the (database-backed) session. The actor, with its
 * role, territory and 专项权限, is fixed at login and serialised with the session: a permission granted
 * or revoked afterwards takes effect at the account's next login, not within a session already open.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	AccountPrincipal(Account account, Instant now) {
		this.actor = account.actor();
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
		this.locked = account.lockedAt(now);
	}

	Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(actor.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.actor.accountId() == actor.accountId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(actor.accountId());
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + actor.username() + "]";
	}
}
