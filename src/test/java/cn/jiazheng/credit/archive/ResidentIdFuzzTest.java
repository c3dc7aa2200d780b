package cn.jiazheng.credit.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.jiazheng.credit.platform.InvalidValueException;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is typed as an ID number, the parser either refuses it with {@link InvalidValueException}
 * or accepts a number that obeys GB 11643 and reads back to itself. In the suite this runs the seeds in
 * {@code ResidentIdFuzzTestInputs}; {@code bench/fuzz.sh ResidentIdFuzzTest} fuzzes it.
 */
class ResidentIdFuzzTest {

	private static final String WEIGHTS = "7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2";

	@FuzzTest
	void parse(byte[] input) {
		String typed = new String(input, StandardCharsets.UTF_8);
		LocalDate today = LocalDate.now(ResidentId.CHINA);
		// What a report may quote of any typed text shows at most its first 6 and last 4 characters.
		assertThat(ResidentId.mask(typed).chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(10);
		ResidentId id;
		try {
			id = ResidentId.of(typed);
		}
		catch (InvalidValueException refused) {
			assertThat(refused.field()).isEqualTo("residentId");
			return;
		}
		String value = id.value();
		assertThat(value).matches("\\d{17}[\\dX]");
		assertThat(value.charAt(17)).isEqualTo(expectedCheck(value));
		assertThat(id.birthDate()).isBetween(LocalDate.of(1900, 1, 1), today);
		assertThat(ResidentId.of(value)).isEqualTo(id);
		assertThat(id.masked()).hasSize(18).startsWith(id.areaCode()).endsWith(value.substring(14)).contains("********");
		assertThat(id.toString()).isEqualTo(id.masked());
		assertThat(id.gender()).isNotNull();
	}

	/** ISO 7064 MOD 11-2 written out again, not the product's code. */
	private static char expectedCheck(String value) {
		String[] weights = WEIGHTS.split(",");
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (value.charAt(i) - '0') * Integer.parseInt(weights[i]);
		}
		return "10X98765432".charAt(sum % 11);
	}
}
