package cn.jiazheng.credit.identity.internal;

import java.time.Clock;
import java.time.Instant;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failures towards the lock-out, resets them on success, and writes every login and logout to the audit trail. */
@Component
class LoginEvents {

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginEvents(AccountRepository accounts, AuditTrail audit, SecurityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			accounts.recordSuccess(principal.actor().accountId(), clock.instant());
			audit.record(AuditEvent.success(principal.actor(), "LOGIN", "account", principal.actor().accountId()));
		}
	}

	@EventListener
	@Transactional
	public void loggedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			audit.record(AuditEvent.success(principal.actor(), "LOGOUT", "account", principal.actor().accountId()));
		}
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		AuditActor who = AuditActor.simple(username == null ? "" : username, "ANONYMOUS", null);
		AuditEvent entry = AuditEvent.failure(who, "LOGIN", "account", null)
			.with("reason", event.getException().getClass().getSimpleName());
		if (event instanceof AuthenticationFailureBadCredentialsEvent && username != null) {
			Instant until = clock.instant().plus(properties.lockout());
			int failures = accounts.recordFailure(username, properties.maxFailedAttempts(), until);
			entry = entry.with("failures", failures);
			if (failures == properties.maxFailedAttempts()) {
				audit.record(AuditEvent.success(AuditActor.SYSTEM, "ACCOUNT_LOCKOUT", "account", username)
					.with("minutes", properties.lockout().toMinutes()));
			}
		}
		audit.record(entry);
	}
}
