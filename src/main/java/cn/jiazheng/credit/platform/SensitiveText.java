package cn.jiazheng.credit.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what must never be written where it stays: ID numbers, mobile numbers and credentials, in the
 * audit trail (kept for years, read by administrators not entitled to them, never corrected) and in
 * the logs. Masking leaves enough to tell values apart when investigating (the ends), never the whole.
 */
public final class SensitiveText {

	public static final String HIDDEN = "***";

	/** Key fragments that mark a value as a credential, whatever the value looks like. */
	private static final String[] SECRET_KEYS = { "password", "passwd", "pwd", "secret", "token", "credential",
			"apikey", "api_key", "api-key", "private", "密码", "口令", "密钥", "令牌" };

	/** 居民身份证号码: 18 characters (17 digits and a digit or X) or the old 15 digits, not inside a longer number. */
	private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");

	/** Mainland mobile numbers, also with +86 or 86 in front. */
	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])((?:\\+?86[- ]?)?)(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])");

	private SensitiveText() {
	}

	public static Map<String, String> mask(Map<String, String> details) {
		Map<String, String> masked = new LinkedHashMap<>();
		details.forEach((key, value) -> masked.put(key, isSecretKey(key) ? HIDDEN : maskValue(value)));
		return masked;
	}

	public static boolean isSecretKey(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		for (String fragment : SECRET_KEYS) {
			if (lower.contains(fragment)) {
				return true;
			}
		}
		return false;
	}

	public static String maskValue(String value) {
		if (value == null) {
			return null;
		}
		// ID numbers first: an 18-digit ID contains runs that look like mobile numbers.
		Matcher id = RESIDENT_ID.matcher(value);
		StringBuilder out = new StringBuilder();
		while (id.find()) {
			String number = id.group(1);
			String shown = number.substring(0, 4) + "*".repeat(number.length() - 6)
					+ number.substring(number.length() - 2);
			id.appendReplacement(out, Matcher.quoteReplacement(shown));
		}
		id.appendTail(out);
		return MOBILE.matcher(out).replaceAll("$1$2****$4");
	}
}
