package cn.jiazheng.credit.identity.internal;

import java.time.Instant;

/** For tests that log in as a person with an authenticator: the code it would show now. */
public final class TotpCodes {

	private TotpCodes() {
	}

	public static String now(String base32Secret) {
		return Totp.currentCode(base32Secret.replace(" ", ""), Instant.now());
	}
}
