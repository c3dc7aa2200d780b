package cn.jiazheng.credit.archive;

import cn.jiazheng.credit.platform.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MobilePhoneTest {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "+86 138 1234 5678", "138-1234-5678", "8613812345678", "0086 13812345678",
			" 138 1234 5678 " })
	void writtenFormsAreReducedToElevenDigits(String written) {
		assertThat(MobilePhone.of(written).value()).isEqualTo("13812345678");
	}

	@Test
	void onlyTheMaskedNumberIsPrinted() {
		MobilePhone phone = MobilePhone.of("13812345678");
		assertThat(phone.masked()).isEqualTo("138****5678");
		assertThat(phone).hasToString("138****5678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1381234567", "138123456789", "12812345678", "23812345678", "1381234567a", "+1 13812345678" })
	void otherNumbersAreRejected(String written) {
		assertThatThrownBy(() -> MobilePhone.of(written)).isInstanceOfSatisfying(InvalidValueException.class, ex -> {
			assertThat(ex.field()).isEqualTo("mobilePhone");
			assertThat(ex.messageKey()).isEqualTo("archive.mobile-phone.invalid");
		});
	}

	@Test
	void theErrorQuotesTheNumberMasked() {
		assertThatThrownBy(() -> MobilePhone.of("128 1234 5678")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.arguments()).containsExactly("128****5678"));
	}
}
