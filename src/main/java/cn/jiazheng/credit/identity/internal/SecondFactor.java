package cn.jiazheng.credit.identity.internal;

import java.time.Clock;

import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双因素认证: enrolment and checking of the TOTP second factor. The shared secret is kept SM4-encrypted,
 * bound to its account, so a copy of the table does not let anyone produce codes.
 */
@Service
@Transactional
public class SecondFactor {

	static final String ISSUER = "家政信用平台";

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final FieldCipher cipher;

	private final Clock clock;

	SecondFactor(AccountRepository accounts, AuditTrail audit, FieldCipher cipher, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.cipher = cipher;
		this.clock = clock;
	}

	public String newSecret() {
		return Totp.newSecret();
	}

	public String otpauthUri(Actor self, String secret) {
		return Totp.otpauthUri(ISSUER, self.username(), secret);
	}

	/** Keeps the secret only once the person has shown a code from it, so that a mistyped enrolment locks nobody out. */
	@Transactional(noRollbackFor = InvalidValueException.class)
	public void enrol(Actor self, String secret, String code) {
		long step = secret == null ? -1 : Totp.matchingStep(secret, code, clock.instant(), Long.MIN_VALUE);
		if (step < 0) {
			audit.record(AuditEvent.failure(self, "TOTP_ENROL", "account", self.accountId()));
			throw new InvalidValueException("code", "identity.totp.wrong");
		}
		accounts.setTotpSecret(self.accountId(), cipher.encryptText(secret, context(self)), step);
		audit.record(AuditEvent.success(self, "TOTP_ENROL", "account", self.accountId()));
	}

	/** A wrong code is audited too: the entry commits although the caller sees the exception. */
	@Transactional(noRollbackFor = InvalidValueException.class)
	public void verify(Actor self, String code) {
		Account account = accounts.findOwn(self.accountId()).orElseThrow();
		String secret = account.totpSecret() == null ? null : cipher.decryptText(account.totpSecret(), context(self));
		long step = secret == null ? -1 : Totp.matchingStep(secret, code, clock.instant(), account.totpLastStep());
		// The guarded update makes a code single-use even when two requests present it at once.
		if (step < 0 || !accounts.useTotpStep(self.accountId(), step)) {
			audit.record(AuditEvent.failure(self, "TOTP_VERIFY", "account", self.accountId()));
			throw new InvalidValueException("code", "identity.totp.wrong");
		}
		audit.record(AuditEvent.success(self, "TOTP_VERIFY", "account", self.accountId()));
	}

	private static String context(Actor self) {
		return "identity.account.totp_secret:" + self.accountId();
	}
}
