package cn.jiazheng.credit.archive;

import java.util.SplittableRandom;

import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

	/**
	 * Published codes. 华为技术有限公司 914403001922038216 appears in many independent sources; by hand:
	 * organisation body 19220382 → Σ = 164, 164 mod 11 = 10, 11 − 10 = 1 (position 17); positions 1–17
	 * → Σ = 831, 831 mod 31 = 25, 31 − 25 = 6 (position 18). 91350100M000100Y43 is the test code of
	 * several libraries: M=22·3 + 1·5 + Y=34·2 = 139, 139 mod 11 = 7, 11 − 7 = 4; Σ = 1640, 1640 mod 31 = 28,
	 * 31 − 28 = 3. 91310110666007217T and 91310115591693856A are Hutool's test codes; 9135021359498494XQ
	 * has the organisation check X (10) and 91350213678251743X the final check X (29).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", "91350100M000100Y43", "91310110666007217T", "91310115591693856A",
			"9135021359498494XQ", "91350213678251743X" })
	void publishedCodesAreValid(String code) {
		assertThat(CreditCode.of(code).value()).isEqualTo(code);
		assertThat(CreditCode.of(code)).hasToString(code);
	}

	/** Body 10000015 → Σ = 33, 11 − 0 = 11 → 0; positions 1–17 → Σ = 310, 31 − 0 = 31 → 0. */
	@Test
	void remaindersOfZeroAreWrittenZero() {
		assertThat(CreditCode.of("916101131000015100").organisationCode()).isEqualTo("100001510");
	}

	@Test
	void inputIsUpperCasedAndSpacesRemoved() {
		assertThat(CreditCode.of(" 9135 0100 m000100y43 ").value()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void partsAreExposed() {
		CreditCode huawei = CreditCode.of("914403001922038216");
		assertThat(huawei.registrationAuthority()).isEqualTo('9');
		assertThat(huawei.category()).isEqualTo('1');
		assertThat(huawei.registrationRegion()).isEqualTo(RegionCode.of("4403"));
		assertThat(huawei.organisationCode()).isEqualTo("192203821");
	}

	@Test
	void aWrongCheckCharacterNamesTheExpectedOne() {
		assertThatThrownBy(() -> CreditCode.of("914403001922038217")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("creditCode");
					assertThat(ex.messageKey()).isEqualTo("archive.credit-code.check");
					assertThat(ex.arguments()).containsExactly("914403001922038217", "6");
				});
	}

	/** Huawei's body with check 2 instead of 1, and position 18 recomputed (9) so only the inner check fails. */
	@Test
	void aWrongOrganisationCodeCheckIsRejected() {
		assertThatThrownBy(() -> CreditCode.of("914403001922038229")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> {
					assertThat(ex.messageKey()).isEqualTo("archive.credit-code.organisation-check");
					assertThat(ex.arguments()).containsExactly("914403001922038229", "192203822", "1");
				});
	}

	/** Early pilot codes that break GB 11714 or GB 32100 are rejected, as Hutool does. */
	@ParameterizedTest
	@ValueSource(strings = { "91350211M00013FA1N", "91350203M0001QAY9B" })
	void nonConformingPilotCodesAreRejected(String code) {
		assertThatThrownBy(() -> CreditCode.of(code)).isInstanceOf(InvalidValueException.class)
			.extracting(ex -> ((InvalidValueException) ex).messageKey())
			.isEqualTo("archive.credit-code.check");
	}

	@ParameterizedTest
	@CsvSource({ "I,9", "O,10", "Z,11", "S,12", "V,13", "i,9" })
	void lettersOutsideTheAlphabetAreNamed(String letter, int position) {
		String code = "914403001922038216".substring(0, position - 1) + letter + "914403001922038216".substring(position);
		assertThatThrownBy(() -> CreditCode.of(code)).isInstanceOfSatisfying(InvalidValueException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo("archive.credit-code.character");
			assertThat(ex.arguments()).containsExactly(code.toUpperCase(), position, letter.toUpperCase());
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91440300192203821", "9144030019220382161" })
	void theLengthMustBe18(String code) {
		assertThatThrownBy(() -> CreditCode.of(code)).isInstanceOfSatisfying(InvalidValueException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo("archive.credit-code.length");
			assertThat(ex.arguments()).containsExactly(code, code.length());
		});
		assertThatThrownBy(() -> CreditCode.of(null)).isInstanceOf(InvalidValueException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "9144A3001922038216", "910044001922038216" })
	void theRegistrationAreaMustBeSixDigits(String code) {
		assertThatThrownBy(() -> CreditCode.of(code)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("archive.credit-code.region"));
	}

	/** 陕西省西安市长安县 (610121) became 长安区 in 2002; enterprises registered there keep their codes. */
	@Test
	void aRetiredAreaCodeIsAccepted() {
		CreditCode code = CreditCode.generate(RegionCode.of("610121"), new SplittableRandom(7));
		assertThat(code.registrationRegion()).isEqualTo(RegionCode.of("610121"));
	}

	@Test
	void generatedCodesAlwaysValidate() {
		RegionCode yanta = RegionCode.of("610113");
		for (long seed = 0; seed < 1000; seed++) {
			CreditCode code = CreditCode.generate(yanta, new SplittableRandom(seed));
			assertThat(CreditCode.of(code.value())).isEqualTo(code);
			assertThat(code.value()).startsWith("91610113").hasSize(18);
		}
	}

	@Test
	void generatingDependsOnTheRandomSource() {
		RegionCode yanta = RegionCode.of("610113");
		assertThat(CreditCode.generate(yanta, new SplittableRandom(1)))
			.isEqualTo(CreditCode.generate(yanta, new SplittableRandom(1)))
			.isNotEqualTo(CreditCode.generate(yanta, new SplittableRandom(2)));
	}
}
