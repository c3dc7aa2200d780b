package cn.jiazheng.credit.archive;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence code
 * (odd for men) and an ISO 7064 MOD 11-2 check character. The legacy 15-digit form is accepted
 * and converted.
 * <p>
 * The number is personal data: {@link #toString()} gives only {@link #masked()}, and
 * {@link #value()} is the one way to the whole number.
 */
public record ResidentId(String value) {

	/** Birth dates are checked against the calendar day in China, whatever the server's zone. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final String FIELD = "residentId";

	/** Spaces, also the full-width one, typed inside a number: dropped. Compiled once: the import checks every row. */
	private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000]");

	/** Validates against today's date in China. */
	public ResidentId {
		value = validate(value, LocalDate.now(CHINA));
	}

	public static ResidentId of(String value) {
		return new ResidentId(value);
	}

	/**
	 * Validates with {@code today} as the latest possible birth date (for tests). The constructor
	 * also checks against the real date, so a {@code today} in the future admits nothing more.
	 */
	public static ResidentId of(String value, LocalDate today) {
		return new ResidentId(validate(value, today));
	}

	public static ResidentId of(String value, Clock clock) {
		return of(value, LocalDate.now(clock.withZone(CHINA)));
	}

	/** A valid number of a person born in {@code county} on {@code birth}: for tests and demo data. */
	public static ResidentId generate(RegionCode county, LocalDate birth, Gender gender, RandomGenerator random) {
		// Sequence codes run 001–999; the parity of the last digit is the gender.
		int sequence = gender == Gender.MALE ? 2 * random.nextInt(500) + 1 : 2 * random.nextInt(499) + 2;
		String first17 = county.sixDigits() + String.format(Locale.ROOT, "%04d%02d%02d%03d", birth.getYear(),
				birth.getMonthValue(), birth.getDayOfMonth(), sequence);
		return new ResidentId(first17 + check(first17));
	}

	/** 出生日期码, positions 7–14. */
	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
				Integer.parseInt(value.substring(12, 14)));
	}

	/** From the sequence code: odd is male, even is female. */
	public Gender gender() {
		return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	/**
	 * 地址码: the area of the first registration, possibly a retired code, so deliberately a string and
	 * not a {@link RegionCode} of the current division list.
	 */
	public String areaCode() {
		return value.substring(0, 6);
	}

	/** The first 6 and last 4 characters, never the birth date: 610113********123X. */
	public String masked() {
		return Masking.keepEnds(value, 6, 4);
	}

	/**
	 * Text typed as an ID number, valid or not, masked by the same rule as {@link #masked()}: what a
	 * report may quote of a rejected value.
	 */
	public static String mask(String typed) {
		return Masking.keepEnds(typed == null ? "" : withoutBlanks(typed).toUpperCase(Locale.ROOT), 6, 4);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static String validate(String raw, LocalDate today) {
		String id = raw == null ? "" : withoutBlanks(raw).toUpperCase(Locale.ROOT);
		String shown = Masking.keepEnds(id, 6, 4);
		if (id.length() == 15 && digits(id, 15)) {
			id = id.substring(0, 6) + "19" + id.substring(6);
			id = id + check(id);
		}
		else if (!(id.length() == 18 && digits(id, 17) && (isDigit(id.charAt(17)) || id.charAt(17) == 'X'))) {
			throw new InvalidValueException(FIELD, "archive.resident-id.format", shown, id.length());
		}
		int province = Integer.parseInt(id.substring(0, 2));
		if (province < 11 || province > 82) {
			throw new InvalidValueException(FIELD, "archive.resident-id.area", shown, id.substring(0, 2));
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			throw new InvalidValueException(FIELD, "archive.resident-id.birth-date", shown);
		}
		if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
			throw new InvalidValueException(FIELD, "archive.resident-id.birth-date", shown);
		}
		char check = check(id.substring(0, 17));
		if (id.charAt(17) != check) {
			throw new InvalidValueException(FIELD, "archive.resident-id.check", shown, String.valueOf(check));
		}
		return id;
	}

	/**
	 * {@link #BLANKS} removed. The import checks each row's number three times: one typed without blanks (nearly all)
	 * is taken as it is, without running the regex.
	 */
	private static String withoutBlanks(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// \s of a Java regex (not Unicode-aware): space and U+0009 to U+000D.
			if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000') {
				return BLANKS.matcher(text).replaceAll("");
			}
		}
		return text;
	}

	/** The first {@code count} characters are ASCII digits, as {@code \d} means in a Java regex. */
	private static boolean digits(String text, int count) {
		for (int i = 0; i < count; i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** ISO 7064 MOD 11-2 over the first 17 digits. */
	static char check(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}
}
