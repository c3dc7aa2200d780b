package cn.jiazheng.credit.identity.internal;

import java.time.Clock;

import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 双因素认证: enrolment and checking of the TOTP second factor. */
@Service
@Transactional
public class SecondFactor {

	static final String ISSUER = "家政信用平台";

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	SecondFactor(AccountRepository accounts, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	public String newSecret() {
		return Totp.newSecret();
	}

	public String otpauthUri(Actor self, String secret) {
		return Totp.otpauthUri(ISSUER, self.username(), secret);
	}

	/** Keeps the secret only once the person has shown a code from it, so that a mistyped enrolment locks nobody out. */
	public void enrol(Actor self, String secret, String code) {
		if (!Totp.verify(secret, code, clock.instant())) {
			audit.record(AuditEvent.failure(self, "TOTP_ENROL", "account", self.accountId()));
			throw new InvalidValueException("code", "identity.totp.wrong");
		}
		accounts.setTotpSecret(self.accountId(), secret);
		audit.record(AuditEvent.success(self, "TOTP_ENROL", "account", self.accountId()));
	}

	public void verify(Actor self, String code) {
		String secret = accounts.findOwn(self.accountId()).orElseThrow().totpSecret();
		if (secret == null || !Totp.verify(secret, code, clock.instant())) {
			audit.record(AuditEvent.failure(self, "TOTP_VERIFY", "account", self.accountId()));
			throw new InvalidValueException("code", "identity.totp.wrong");
		}
		audit.record(AuditEvent.success(self, "TOTP_VERIFY", "account", self.accountId()));
	}
}
