package cn.jiazheng.credit.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveTextTest {

	@Test
	void masksEighteenAndFifteenDigitResidentIds() {
		assertThat(SensitiveText.maskValue("11010519491231002X")).isEqualTo("1101************2X");
		assertThat(SensitiveText.maskValue("身份证 110105194912310021 已核验")).isEqualTo("身份证 1101************21 已核验");
		assertThat(SensitiveText.maskValue("110105491231002")).isEqualTo("1101*********02");
		assertThat(SensitiveText.maskValue("11010519491231002x")).isEqualTo("1101************2x");
	}

	@Test
	void masksMobileNumbersAlsoWithCountryCode() {
		assertThat(SensitiveText.maskValue("13812345678")).isEqualTo("138****5678");
		assertThat(SensitiveText.maskValue("tel:+86 19912345678;")).isEqualTo("tel:+86 199****5678;");
		assertThat(SensitiveText.maskValue("8615912345678")).isEqualTo("86159****5678");
	}

	@Test
	void leavesOrdinaryValuesAlone() {
		assertThat(SensitiveText.maskValue("region.import")).isEqualTo("region.import");
		assertThat(SensitiveText.maskValue("count 1234")).isEqualTo("count 1234");
		// A 12-digit number is not a phone number (11 digits), 16 digits are not an ID number.
		assertThat(SensitiveText.maskValue("138123456789")).isEqualTo("138123456789");
		assertThat(SensitiveText.maskValue("1234567890123456")).isEqualTo("1234567890123456");
		assertThat(SensitiveText.maskValue("12812345678")).isEqualTo("12812345678");
	}

	@Test
	void hidesValuesOfCredentialKeysWhatever_theyLookLike() {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("password", "hunter2");
		details.put("newPassword", "x");
		details.put("clientSecret", "s3cr3t");
		details.put("ACCESS_TOKEN", "eyJhbGciOi");
		details.put("登录密码", "abc");
		details.put("field", "name");

		assertThat(SensitiveText.mask(details)).containsExactly(Map.entry("password", "***"),
				Map.entry("newPassword", "***"), Map.entry("clientSecret", "***"), Map.entry("ACCESS_TOKEN", "***"),
				Map.entry("登录密码", "***"), Map.entry("field", "name"));
	}
}
