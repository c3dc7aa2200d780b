package cn.jiazheng.credit.archive;

import java.util.Locale;
import java.util.random.RandomGenerator;

import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;

/**
 * 统一社会信用代码 (GB 32100-2015): the 18-character identifier of an enterprise or other
 * organisation. Layout: 登记管理部门代码 (1), 机构类别代码 (2), 登记管理机关行政区划码 (3–8),
 * 主体标识码 = 组织机构代码 with its own GB 11714 check character (9–17), check character (18).
 * <p>
 * Credit codes are public, so {@link #toString()} gives the whole code.
 */
public record CreditCode(String value) {

	/** GB 32100 code characters: digits and capitals without I, O, Z, S, V; the index is the value. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** 3^(i) mod 31 for positions 1..17. */
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/** GB 11714 weights of the eight body characters of an organisation code. */
	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String FIELD = "creditCode";

	public CreditCode {
		value = normalise(value);
		if (value.length() != 18) {
			throw new InvalidValueException(FIELD, "archive.credit-code.length", value, value.length());
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				throw new InvalidValueException(FIELD, "archive.credit-code.character", value, i + 1, String.valueOf(c));
			}
		}
		String region = value.substring(2, 8);
		// Retired area codes stay valid: an enterprise keeps its code when its county is merged away.
		if (!region.chars().allMatch(c -> c >= '0' && c <= '9') || region.startsWith("00")) {
			throw new InvalidValueException(FIELD, "archive.credit-code.region", value, region);
		}
		String organisation = value.substring(8, 17);
		char organisationCheck = organisationCheck(organisation.substring(0, 8));
		if (organisation.charAt(8) != organisationCheck) {
			throw new InvalidValueException(FIELD, "archive.credit-code.organisation-check", value, organisation,
					String.valueOf(organisationCheck));
		}
		char check = check(value.substring(0, 17));
		if (value.charAt(17) != check) {
			throw new InvalidValueException(FIELD, "archive.credit-code.check", value, String.valueOf(check));
		}
	}

	public static CreditCode of(String value) {
		return new CreditCode(value);
	}

	/**
	 * A valid code registered by 市场监管 (9) for an enterprise (1) in {@code county}, with a random
	 * organisation code: for tests and demo data.
	 */
	public static CreditCode generate(RegionCode county, RandomGenerator random) {
		StringBuilder code = new StringBuilder(18).append("91").append(county.sixDigits());
		StringBuilder body = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		code.append(body).append(organisationCheck(body.toString()));
		code.append(check(code.toString()));
		return new CreditCode(code.toString());
	}

	/** 登记管理部门代码, e.g. 9 for 市场监管 (工商), 5 for 民政, 1 for 机构编制, Y for others. */
	public char registrationAuthority() {
		return value.charAt(0);
	}

	/** 机构类别代码, whose meaning depends on the registration authority (9 then 1 is an enterprise). */
	public char category() {
		return value.charAt(1);
	}

	/** 登记管理机关行政区划码, which may name a county that has since been retired. */
	public RegionCode registrationRegion() {
		return RegionCode.of(value.substring(2, 8));
	}

	/** 主体标识码 (组织机构代码, GB 11714): the nine characters at positions 9–17, check included. */
	public String organisationCode() {
		return value.substring(8, 17);
	}

	@Override
	public String toString() {
		return value;
	}

	private static String normalise(String raw) {
		if (raw == null) {
			return "";
		}
		return raw.replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
	}

	/** GB 11714: C9 = 11 − (Σ value × weight mod 11), 10 written X and 11 written 0. */
	static char organisationCheck(String body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return switch (check) {
			case 10 -> 'X';
			case 11 -> '0';
			default -> (char) ('0' + check);
		};
	}

	/** GB 32100: C18 = 31 − (Σ value × 3^(i) mod 31), 31 written 0. */
	static char check(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}
}
