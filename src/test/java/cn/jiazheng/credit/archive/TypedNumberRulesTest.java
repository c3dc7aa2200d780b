package cn.jiazheng.credit.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * ID numbers and phones are read without a regex when they need none (the import reads one of each per row): the
 * verdict on any typed text must stay exactly that of the regex rules they replaced, the value or the refusal with
 * its arguments. Random texts over the characters the rules care about, plus valid numbers typed in their forms.
 */
class TypedNumberRulesTest {

	private static final String ALPHABET = "0123456789Xx8861 \t\n\u000B\f\r\u3000-()（）+a１";

	@Test
	void residentIdAsTheRegexRule() {
		SplittableRandom random = new SplittableRandom(11643);
		LocalDate today = LocalDate.now(ResidentId.CHINA);
		for (int i = 0; i < 30_000; i++) {
			String typed = i % 3 == 0 ? typedForm(valid(i), random) : text(random, 20);
			assertThat(verdict(() -> ResidentId.of(typed, today).value())).as(typed).isEqualTo(verdict(() -> regexResidentId(typed)));
			assertThat(ResidentId.mask(typed)).isEqualTo(regexMask(typed));
		}
	}

	@Test
	void mobilePhoneAsTheRegexRule() {
		SplittableRandom random = new SplittableRandom(86);
		for (int i = 0; i < 30_000; i++) {
			String typed = i % 3 == 0 ? typedForm((i % 2 == 0 ? "+86" : "") + "1" + (3 + random.nextInt(7)) + digits(random, 9), random)
					: text(random, 16);
			assertThat(verdict(() -> MobilePhone.of(typed).value())).as(typed).isEqualTo(verdict(() -> regexPhone(typed)));
			assertThat(MobilePhone.mask(typed)).isEqualTo(Masking.keepEnds(typed.replaceAll("[\\s\\u3000\\-()（）]", ""), 3, 4));
		}
	}

	/** A valid number, every other one in the legacy 15-digit form when born in the 1900s. */
	private static String valid(int i) {
		String id = FreshResidentIds.of("610113", i % 2 == 0 ? Gender.FEMALE : Gender.MALE).value();
		return i % 2 == 0 && id.startsWith("19", 6) ? id.substring(0, 6) + id.substring(8, 17) : id;
	}

	/** The rules as they were written with regexes. */
	private static String regexResidentId(String raw) {
		String id = raw == null ? "" : raw.replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
		if (id.matches("\\d{15}")) {
			return ResidentId.of(id, LocalDate.now(ResidentId.CHINA)).value();
		}
		if (!id.matches("\\d{17}[\\dX]")) {
			throw new InvalidValueException("residentId", "archive.resident-id.format", Masking.keepEnds(id, 6, 4), id.length());
		}
		return ResidentId.of(id, LocalDate.now(ResidentId.CHINA)).value();
	}

	private static String regexMask(String typed) {
		return Masking.keepEnds(typed.replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT), 6, 4);
	}

	private static String regexPhone(String value) {
		String digits = value.replaceAll("[\\s\\u3000\\-()（）]", "").replaceFirst("^(?:\\+86|0086|86)(?=\\d{11}$)", "");
		if (!digits.matches("1[3-9]\\d{9}")) {
			throw new InvalidValueException("mobilePhone", "archive.mobile-phone.invalid", Masking.keepEnds(digits, 3, 4));
		}
		return digits;
	}

	private static String verdict(Supplier<String> parse) {
		try {
			return "ok " + parse.get();
		}
		catch (InvalidValueException ex) {
			return ex.field() + " " + ex.messageKey() + " " + Arrays.toString(ex.arguments());
		}
	}

	/** The number with blanks, separators or a lower-case x here and there, as people type it. */
	private static String typedForm(String number, SplittableRandom random) {
		StringBuilder out = new StringBuilder();
		for (char c : number.toCharArray()) {
			if (random.nextInt(8) == 0) {
				out.append(" \u3000-\t(（".charAt(random.nextInt(6)));
			}
			out.append(c == 'X' && random.nextBoolean() ? 'x' : c);
		}
		return random.nextInt(3) == 0 ? number : out.toString();
	}

	private static String text(SplittableRandom random, int maxLength) {
		StringBuilder out = new StringBuilder();
		int length = random.nextInt(maxLength + 1);
		for (int i = 0; i < length; i++) {
			out.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : (char) ('0' + random.nextInt(10)));
		}
		return out.toString();
	}

	private static String digits(SplittableRandom random, int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append((char) ('0' + random.nextInt(10)));
		}
		return out.toString();
	}
}
