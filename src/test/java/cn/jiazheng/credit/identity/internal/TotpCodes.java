package cn.jiazheng.credit.identity.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For tests that log in as a person with an authenticator: a code the platform has not seen yet.
 * Codes are single-use, so a second login within the same 30 seconds takes the next step's code
 * (accepted for clock drift), and a third waits for the clock, as a person would.
 */
public final class TotpCodes {

	private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

	private TotpCodes() {
	}

	public static synchronized String now(String base32Secret) {
		String secret = base32Secret.replace(" ", "");
		long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
		long last = LAST_STEP.getOrDefault(secret, Long.MIN_VALUE);
		while (last >= step + 1) {
			sleepUntilNextStep();
			step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
		}
		long use = Math.max(step, last + 1);
		LAST_STEP.put(secret, use);
		return Totp.code(Totp.decodeBase32(secret), use, 6);
	}

	private static void sleepUntilNextStep() {
		long millis = Totp.STEP_SECONDS * 1000L - System.currentTimeMillis() % (Totp.STEP_SECONDS * 1000L) + 50;
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
