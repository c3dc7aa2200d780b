package cn.jiazheng.credit.region;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * 行政区划代码 (GB/T 2260): 2 digits name a province, 4 a city, 6 a county. The 6-digit forms
 * {@code 610000} and {@code 610100} are accepted and normalised to their province and city
 * prefixes, so that containment is plain prefix arithmetic.
 */
public record RegionCode(String value) implements Comparable<RegionCode>, java.io.Serializable {

	private static final Pattern DIGITS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

	public RegionCode {
		if (value == null || !DIGITS.matcher(value.strip()).matches()) {
			throw new InvalidValueException("regionCode", "region.code.invalid", value);
		}
		value = normalise(value.strip());
		if (value.startsWith("00")) {
			throw new InvalidValueException("regionCode", "region.code.invalid", value);
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	private static String normalise(String code) {
		if (code.length() == 6 && code.endsWith("0000")) {
			return code.substring(0, 2);
		}
		if (code.length() == 6 && code.endsWith("00")) {
			return code.substring(0, 4);
		}
		return code;
	}

	public RegionLevel level() {
		return switch (value.length()) {
			case 2 -> RegionLevel.PROVINCE;
			case 4 -> RegionLevel.CITY;
			default -> RegionLevel.COUNTY;
		};
	}

	/** Whether {@code other} is this region or lies below it (a county inside its city or province). */
	public boolean contains(RegionCode other) {
		return other.value.startsWith(value);
	}

	/** The region directly above; empty for a province. */
	public Optional<RegionCode> parent() {
		return value.length() == 2 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, value.length() - 2)));
	}

	public RegionCode province() {
		return new RegionCode(value.substring(0, 2));
	}

	/** The 6-digit GB/T 2260 form, e.g. 610000 for 陕西省. */
	public String sixDigits() {
		return (value + "0000").substring(0, 6);
	}

	@Override
	public int compareTo(RegionCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
