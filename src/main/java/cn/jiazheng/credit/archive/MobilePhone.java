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

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\-()（）]");

	/** +86, 0086 or 86 in front of a number that is otherwise 11 digits. */
	private static final Pattern COUNTRY_CODE = Pattern.compile("^(?:\\+86|0086|86)(?=\\d{11}$)");

	public MobilePhone {
		String digits = value == null ? "" : COUNTRY_CODE.matcher(SEPARATORS.matcher(value).replaceAll("")).replaceFirst("");
		if (!MOBILE.matcher(digits).matches()) {
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
		return Masking.keepEnds(typed == null ? "" : SEPARATORS.matcher(typed).replaceAll(""), 3, 4);
	}

	@Override
	public String toString() {
		return masked();
	}
}
