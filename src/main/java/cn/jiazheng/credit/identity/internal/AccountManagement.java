package cn.jiazheng.credit.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 账号管理: creating accounts, resetting and changing passwords, locking, granting 专项权限. Every
 * change is audited in the same transaction.
 */
@Service
@Transactional
public class AccountManagement {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{3,40}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final RegionDirectory regions;

	private final AuditTrail audit;

	private final Clock clock;

	AccountManagement(AccountRepository accounts, PasswordEncoder encoder, RegionDirectory regions, AuditTrail audit,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates an account with a one-time password that must be changed at first login; returns that password. */
	public Created create(Actor by, NewAccount account) {
		requireMayCreate(by, account);
		validate(account);
		String password = temporaryPassword();
		long id = accounts.insert(by.scope(), account, encoder.encode(password), true);
		audit.record(AuditEvent.success(by, "ACCOUNT_CREATE", "account", id).with("role", account.role()));
		return new Created(id, password);
	}

	/** Creates an account with a known password (demo data and tests); the password must meet the policy. */
	Created createWithPassword(Actor by, NewAccount account, String password) {
		requireMayCreate(by, account);
		validate(account);
		PasswordPolicy.check(account.username(), password);
		long id = accounts.insert(by.scope(), account, encoder.encode(password), false);
		audit.record(AuditEvent.success(by, "ACCOUNT_CREATE", "account", id).with("role", account.role()));
		return new Created(id, password);
	}

	public String resetPassword(Actor by, long id) {
		Account account = require(by, id);
		String password = temporaryPassword();
		accounts.changePassword(account.id(), encoder.encode(password), true);
		audit.record(AuditEvent.success(by, "ACCOUNT_RESET_PASSWORD", "account", id));
		return password;
	}

	public void lock(Actor by, long id) {
		Account account = require(by, id);
		if (account.id() == by.accountId()) {
			throw new InvalidValueException("id", "identity.account.lock-self");
		}
		accounts.setEnabled(account.id(), false);
		int sessions = accounts.endSessions(account.id());
		audit.record(AuditEvent.success(by, "ACCOUNT_LOCK", "account", id).with("sessionsEnded", sessions));
	}

	public void unlock(Actor by, long id) {
		Account account = require(by, id);
		accounts.setEnabled(account.id(), true);
		accounts.setLock(account.id(), null);
		audit.record(AuditEvent.success(by, "ACCOUNT_UNLOCK", "account", id));
	}

	/**
	 * The platform admin grants a permission to a regulator's account. Granting one already held changes
	 * nothing and records nothing. The account's sessions keep the actor they logged in with: the
	 * permission counts from its next login.
	 */
	public void grant(Actor by, long id, Permission permission) {
		requirePlatformAdmin(by);
		Account account = require(by, id);
		if (account.role() != Role.REGULATOR) {
			throw new InvalidValueException("permission", "identity.permission.regulator-only", account.username());
		}
		if (accounts.addPermission(account.id(), permission)) {
			audit.record(AuditEvent.success(by, "PERMISSION_GRANT", "account", id).with("permission", permission.name()));
		}
	}

	/** The platform admin takes a permission back; as with a grant, it stops counting at the next login. */
	public void revoke(Actor by, long id, Permission permission) {
		requirePlatformAdmin(by);
		Account account = require(by, id);
		if (accounts.removePermission(account.id(), permission)) {
			audit.record(AuditEvent.success(by, "PERMISSION_REVOKE", "account", id).with("permission", permission.name()));
		}
	}

	/** A person changes their own password: the current one must match, the new one meet the policy and not repeat the last five. */
	public void changeOwnPassword(Actor self, String current, String next) {
		Account account = accounts.findOwn(self.accountId()).orElseThrow();
		if (current == null || !encoder.matches(current, account.passwordHash())) {
			throw new InvalidValueException("currentPassword", "identity.password.current-wrong");
		}
		PasswordPolicy.check(account.username(), next);
		List<String> recent = accounts.recentPasswordHashes(account.id(), PasswordPolicy.HISTORY);
		if (recent.stream().anyMatch(hash -> encoder.matches(next, hash))) {
			throw new InvalidValueException("newPassword", "identity.password.reused", PasswordPolicy.HISTORY);
		}
		accounts.changePassword(account.id(), encoder.encode(next), false);
		audit.record(AuditEvent.success(self, "PASSWORD_CHANGE", "account", self.accountId()));
	}

	Account require(Actor by, long id) {
		return accounts.find(by.scope(), id).orElseThrow(() -> new NotFoundException("identity.account.not-found", id));
	}

	private static void requirePlatformAdmin(Actor by) {
		if (by.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("identity.permission.grant-denied");
		}
	}

	private void requireMayCreate(Actor by, NewAccount account) {
		boolean allowed = switch (by.role()) {
			case PLATFORM_ADMIN -> true;
			case ENTERPRISE_ADMIN -> account.role() == Role.ENTERPRISE_STAFF;
			default -> false;
		};
		if (!allowed) {
			throw new AccessDeniedException("identity.account.create-denied");
		}
	}

	private void validate(NewAccount account) {
		if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
			throw new InvalidValueException("username", "identity.username.invalid");
		}
		if (accounts.findByUsername(account.username()).isPresent()) {
			throw new InvalidValueException("username", "identity.username.taken", account.username());
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 50) {
			throw new InvalidValueException("displayName", "identity.display-name.invalid");
		}
		if (account.role() == null || account.role() == Role.INTEGRATOR) {
			throw new InvalidValueException("role", "identity.role.invalid");
		}
		boolean needsTerritory = account.role() == Role.REGULATOR || account.role().isEnterprise();
		if (needsTerritory && account.territory() == null) {
			throw new InvalidValueException("territory", "identity.territory.required");
		}
		if (account.territory() != null && !regions.exists(account.territory())) {
			throw new InvalidValueException("territory", "identity.territory.unknown", account.territory());
		}
		if (account.role().isEnterprise() && account.enterpriseId() == null) {
			throw new InvalidValueException("enterpriseId", "identity.enterprise.required");
		}
	}

	/** 12 characters from all four classes, so it always meets the policy. */
	static String temporaryPassword() {
		String[] classes = { "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "!@#$%&*?" };
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			String from = classes[i % classes.length];
			password.append(from.charAt(RANDOM.nextInt(from.length())));
		}
		for (int i = password.length() - 1; i > 0; i--) {
			int j = RANDOM.nextInt(i + 1);
			char c = password.charAt(i);
			password.setCharAt(i, password.charAt(j));
			password.setCharAt(j, c);
		}
		return password.toString();
	}

	/** An account just made, with its one-time password to hand over. */
	public record Created(long id, String password) {
	}
}
