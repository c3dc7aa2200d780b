package cn.jiazheng.credit.identity.internal;

import java.time.Clock;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * The steps of a login after the password: a forced password change first, then the second factor
 * for platform admins and regulators (unless switched off, as in the demo profile).
 */
@Component
public class LoginFlow {

	private final AccountRepository accounts;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginFlow(AccountRepository accounts, SecurityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/** Right after the password was accepted: note the time and return where the person must go next, or null. */
	String started(Actor actor, HttpSession session) {
		session.setAttribute(LoginSteps.LOGIN_AT, clock.millis());
		return next(actor, session, true);
	}

	/** The password has just been changed; returns the next step's path, or null when the login is complete. */
	public String passwordChanged(Actor actor, HttpSession session) {
		return next(actor, session, false);
	}

	/** The second factor has just been shown. */
	public void secondFactorDone(HttpSession session) {
		session.removeAttribute(LoginSteps.PENDING);
	}

	private String next(Actor actor, HttpSession session, boolean passwordStepOpen) {
		Account account = accounts.findOwn(actor.accountId()).orElseThrow();
		LoginSteps.Pending pending = null;
		if (passwordStepOpen && account.mustChangePassword()) {
			pending = LoginSteps.Pending.CHANGE_PASSWORD;
		}
		else if (secondFactorRequired(account.role())) {
			pending = account.totpSecret() == null ? LoginSteps.Pending.ENROL_TOTP : LoginSteps.Pending.TOTP;
		}
		if (pending == null) {
			session.removeAttribute(LoginSteps.PENDING);
			return null;
		}
		session.setAttribute(LoginSteps.PENDING, pending.name());
		return pending.path;
	}

	private boolean secondFactorRequired(Role role) {
		return properties.totpRequired() && (role == Role.PLATFORM_ADMIN || role == Role.REGULATOR);
	}
}
