package cn.jiazheng.credit.archive;

import java.nio.charset.StandardCharsets;

import cn.jiazheng.credit.platform.InvalidValueException;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is typed as a 统一社会信用代码, the parser either refuses it with
 * {@link InvalidValueException} or accepts a code that obeys GB 32100 (and its GB 11714 organisation
 * code) and reads back to itself. {@code bench/fuzz.sh CreditCodeFuzzTest} fuzzes it.
 */
class CreditCodeFuzzTest {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@FuzzTest
	void parse(byte[] input) {
		String typed = new String(input, StandardCharsets.UTF_8);
		CreditCode code;
		try {
			code = CreditCode.of(typed);
		}
		catch (InvalidValueException refused) {
			assertThat(refused.field()).isEqualTo("creditCode");
			return;
		}
		String value = code.value();
		assertThat(value).hasSize(18).matches("[" + ALPHABET + "]{18}");
		assertThat(value.charAt(17)).isEqualTo(check(value));
		assertThat(value.charAt(16)).isEqualTo(organisationCheck(value.substring(8, 16)));
		assertThat(CreditCode.of(code.toString())).isEqualTo(code);
		assertThat(code.registrationRegion().sixDigits()).isEqualTo(value.substring(2, 8));
		assertThat(code.organisationCode()).hasSize(9);
	}

	/** GB 32100 written out again: weights 3^i mod 31, check 31 − Σ mod 31. */
	private static char check(String value) {
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(value.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/** GB 11714: weights 3,7,9,10,5,8,4,2; letters count from A = 10. */
	private static char organisationCheck(String body) {
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body.charAt(i);
			sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
		}
		int check = (11 - sum % 11) % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}
}
