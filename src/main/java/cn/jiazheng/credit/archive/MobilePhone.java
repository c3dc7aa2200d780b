package cn.jiazheng.credit.archive;

import java.util.regex.Pattern;

import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * 手机号码: a mainland mobile number, 11 digits beginning 13–19. Written forms such as
 * "+86 138 1234 5678" or "138-1234-5678" are reduced to the 11 digits.
 * <p>
 * Personal data: {@link #toString()} gives only {@link #masked()}.
 */
public record MobilePhone(String value) {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\-()（）]");

	/** +86, 0086 or 86 in front of a number that is otherwise 11 digits. */
	private static final Pattern COUNTRY_CODE = Pattern.compile("^(?:\\+86|0086|86)(?=\\d{11}$)");

	public MobilePhone {
		String digits = value == null ? "" : withoutCountryCode(withoutSeparators(value));
		if (!mobile(digits)) {
			throw new InvalidValueException("mobilePhone", "archive.mobile-phone.invalid", Masking.keepEnds(digits, 3, 4));
		}
		value = digits;
	}

	public static MobilePhone of(String value) {
		return new MobilePhone(value);
	}

	/** 138****5678. */
	public String masked() {
		return Masking.keepEnds(value, 3, 4);
	}

	/** Text typed as a phone number, valid or not, masked by the same rule as {@link #masked()}. */
	public static String mask(String typed) {
		return Masking.keepEnds(typed == null ? "" : withoutSeparators(typed), 3, 4);
	}

	// The import reads a phone per row: the plain 11 digits (nearly all) pass without running a regex.

	/** {@link #SEPARATORS} removed. */
	private static String withoutSeparators(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// \s of a Java regex (not Unicode-aware) is space and U+0009 to U+000D.
			if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000' || c == '-' || c == '(' || c == ')' || c == '（' || c == '）') {
				return SEPARATORS.matcher(text).replaceAll("");
			}
		}
		return text;
	}

	/** {@link #COUNTRY_CODE} removed: it needs 11 digits after it, so a text of 11 characters has none. */
	private static String withoutCountryCode(String text) {
		return text.length() <= 11 ? text : COUNTRY_CODE.matcher(text).replaceFirst("");
	}

	/** The rule of the class: {@code 1[3-9]\d{9}}. */
	private static boolean mobile(String digits) {
		if (digits.length() != 11 || digits.charAt(0) != '1' || digits.charAt(1) < '3' || digits.charAt(1) > '9') {
			return false;
		}
		for (int i = 2; i < 11; i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return masked();
	}
}
