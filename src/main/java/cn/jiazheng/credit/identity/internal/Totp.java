package cn.jiazheng.credit.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1, 30-second steps), the
 * kind every authenticator app reads. SHA-1 stays because the apps expect it; it is HMAC, where
 * SHA-1's collision weakness does not apply.
 */
final class Totp {

	static final int STEP_SECONDS = 30;

	private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return base32(secret);
	}

	static String code(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String currentCode(String base32Secret, Instant now) {
		return code(decodeBase32(base32Secret), now.getEpochSecond() / STEP_SECONDS, 6);
	}

	/** Accepts the code of the current step and of one step either side, for clock drift. */
	static boolean verify(String base32Secret, String code, Instant now) {
		return matchingStep(base32Secret, code, now, Long.MIN_VALUE) >= 0;
	}

	/**
	 * The step (current, or one either side for clock drift) whose code this is, if that step comes
	 * after {@code lastUsed}; else -1. Refusing steps already used makes every code single-use.
	 */
	static long matchingStep(String base32Secret, String code, Instant now, long lastUsed) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return -1;
		}
		byte[] key = decodeBase32(base32Secret);
		long step = now.getEpochSecond() / STEP_SECONDS;
		for (long s = Math.max(step - 1, lastUsed + 1); s <= step + 1; s++) {
			if (MessageDigest.isEqual(code(key, s, 6).getBytes(), code.strip().getBytes())) {
				return s;
			}
		}
		return -1;
	}

	static String otpauthUri(String issuer, String account, String base32Secret) {
		return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + base32Secret + "&issuer="
				+ encode(issuer) + "&period=" + STEP_SECONDS + "&digits=6&algorithm=SHA1";
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] data) {
		StringBuilder out = new StringBuilder();
		int buffer = 0, bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32[(buffer << (5 - bits)) & 31]);
		}
		return out.toString();
	}

	static byte[] decodeBase32(String text) {
		String clean = text.replace("=", "").replace(" ", "").toUpperCase();
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0, bits = 0;
		for (char c : clean.toCharArray()) {
			int value = new String(BASE32).indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}
}
