package cn.jiazheng.credit.archive.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Valid 居民身份证号码 in a fixed sequence, for large imports: number {@code i} of a series is always
 * the same and differs from every other {@code i} (up to 10,000,000 per series). Real county codes
 * outside Shaanxi, because the demo data draws its people from Shaanxi; birth dates from 1950 on; the
 * check character by ISO 7064 MOD 11-2, as GB 11643 sets out.
 */
final class ResidentIdGenerator {

	/** 北京东城、上海徐汇、深圳南山、南京玄武、杭州西湖. */
	static final String[] COUNTIES = { "110101", "310104", "440305", "320102", "330106" };

	private static final int DAYS = 20_000;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);

	private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

	private ResidentIdGenerator() {
	}

	/** @param series 0–9: separate runs that must not meet */
	static String number(int series, int i) {
		String county = COUNTIES[i % COUNTIES.length];
		int rest = i / COUNTIES.length;
		LocalDate birth = FIRST_BIRTH.plusDays(rest % DAYS);
		int sequence = series * 100 + rest / DAYS + 1;
		if (sequence > 999 || sequence % 100 == 0) {
			throw new IllegalArgumentException("Series " + series + " has no number " + i);
		}
		String first17 = county + birth.format(DIGITS) + String.format("%03d", sequence);
		return first17 + check(first17);
	}

	static char check(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** A mainland mobile number, distinct for each {@code i} below 100,000,000. */
	static String phone(int i) {
		return "139" + String.format("%08d", i);
	}
}
