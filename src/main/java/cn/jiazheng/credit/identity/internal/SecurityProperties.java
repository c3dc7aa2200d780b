package cn.jiazheng.credit.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login rules (MLPS 2.0 level 3 defaults).
 *
 * @param totpRequired whether platform admins and regulators must pass a second factor; off only in the demo profile
 * @param maxFailedAttempts failures in a row before the account locks
 * @param lockout how long a lock-out lasts
 * @param absoluteTimeout how long a login lasts however active the person is
 */
@ConfigurationProperties("jiazheng.security")
record SecurityProperties(Boolean totpRequired, Integer maxFailedAttempts, Duration lockout, Duration absoluteTimeout) {

	SecurityProperties {
		totpRequired = totpRequired == null || totpRequired;
		maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
		lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
		absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
	}
}
