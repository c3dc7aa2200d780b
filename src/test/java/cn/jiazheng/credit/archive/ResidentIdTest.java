package cn.jiazheng.credit.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	/**
	 * The example of GB 11643-1999 itself (北京市朝阳区, 1949-12-31, female). By hand: digits × weights
	 * 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 → 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167,
	 * 167 mod 11 = 2 → "10X98765432"[2] = X.
	 */
	private static final String STANDARD_EXAMPLE = "11010519491231002X";

	@Test
	void theStandardsExampleIsValidAndItsPartsAreRead() {
		ResidentId id = ResidentId.of(STANDARD_EXAMPLE);
		assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(id.areaCode()).isEqualTo("110105");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.gender()).isEqualTo(Gender.FEMALE);
	}

	/** Σ = 238, 238 mod 11 = 7 → 5; sequence 031 is odd, so male. */
	@Test
	void anOddSequenceCodeIsMale() {
		ResidentId id = ResidentId.of("610113198506120315");
		assertThat(id.gender()).isEqualTo(Gender.MALE);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 6, 12));
	}

	@Test
	void aLowerCaseXIsUpperCased() {
		assertThat(ResidentId.of(" 11010519491231002x ").value()).isEqualTo(STANDARD_EXAMPLE);
	}

	/** The 15-digit form of the standard's example: "19" goes before the year, then the check is added. */
	@Test
	void aLegacyFifteenDigitNumberIsConverted() {
		assertThat(ResidentId.of("110105491231002").value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(ResidentId.of("610113850612031").value()).isEqualTo("610113198506120315");
	}

	@Test
	void aWrongCheckCharacterNamesTheExpectedOne() {
		assertThatThrownBy(() -> ResidentId.of("110105194912310021")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("residentId");
					assertThat(ex.messageKey()).isEqualTo("archive.resident-id.check");
					assertThat(ex.arguments()).containsExactly("110105********0021", "X");
				});
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "11010519491231002", "11010519491231002XX", "1101051949123100XX", "11010519491231002Y",
			"11010549123100X", "１１０１０５１９４９１２３１００２Ｘ" })
	void malformedNumbersAreRejected(String number) {
		assertThatThrownBy(() -> ResidentId.of(number)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("archive.resident-id.format"));
	}

	/** Both carry a correct check character (…0016 and …0019), so only the date can fail. */
	@ParameterizedTest
	@ValueSource(strings = { "110105202506020016", "110105190002300019" })
	void aFutureOrImpossibleBirthDateIsRejected(String number) {
		assertThatThrownBy(() -> ResidentId.of(number, TODAY)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("archive.resident-id.birth-date"));
	}

	/** The standard's second example (广东省汕头市潮阳县, born 1880, check 4) is older than the platform allows. */
	@Test
	void aBirthBefore1900IsRejected() {
		assertThatThrownBy(() -> ResidentId.of("440524188001010014")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("archive.resident-id.birth-date"));
		assertThat(ResidentId.of("11010519000101001X").birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
	}

	@Test
	void theBirthDateIsComparedWithTodayInChina() {
		// 2025-06-01 16:30 UTC is already 2025-06-02 in Beijing.
		Clock clock = Clock.fixed(Instant.parse("2025-06-01T16:30:00Z"), ZoneOffset.UTC);
		assertThat(ResidentId.of("11010520250602001" + "6", clock).birthDate()).isEqualTo(LocalDate.of(2025, 6, 2));
		Clock earlier = Clock.fixed(Instant.parse("2025-06-01T15:30:00Z"), ZoneOffset.UTC);
		assertThatThrownBy(() -> ResidentId.of("110105202506020016", earlier)).isInstanceOf(InvalidValueException.class);
	}

	/** Correct check characters (…0024 and …0023): only the area can fail. */
	@ParameterizedTest
	@ValueSource(strings = { "000105194912310024", "990105194912310023" })
	void anImplausibleProvinceIsRejected(String number) {
		assertThatThrownBy(() -> ResidentId.of(number)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("archive.resident-id.area"));
	}

	/** 610121 (长安县) was retired in 2002; people registered there keep their numbers. */
	@Test
	void aRetiredAreaCodeIsAccepted() {
		ResidentId id = ResidentId.generate(RegionCode.of("610121"), LocalDate.of(1970, 3, 4), Gender.MALE,
				new SplittableRandom(3));
		assertThat(ResidentId.of(id.value()).areaCode()).isEqualTo("610121");
	}

	@Test
	void toStringNeverShowsTheBirthDate() {
		ResidentId id = ResidentId.of(STANDARD_EXAMPLE);
		assertThat(id.masked()).isEqualTo("110105********002X");
		assertThat(id).hasToString("110105********002X");
		assertThat(String.valueOf(id)).doesNotContain("19491231").doesNotContain("491231");
		assertThat(java.util.List.of(id).toString()).doesNotContain(STANDARD_EXAMPLE);
	}

	@Test
	void errorMessagesQuoteOnlyTheMaskedNumber() {
		assertThatThrownBy(() -> ResidentId.of("110105190002300019")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.arguments()).containsExactly("110105********0019"));
	}

	@Test
	void generatedNumbersAlwaysValidate() {
		RegionCode yanta = RegionCode.of("610113");
		LocalDate first = LocalDate.of(1900, 1, 1);
		long days = TODAY.toEpochDay() - first.toEpochDay();
		for (long seed = 0; seed < 1000; seed++) {
			SplittableRandom random = new SplittableRandom(seed);
			LocalDate birth = first.plusDays(random.nextLong(days + 1));
			Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
			ResidentId id = ResidentId.generate(yanta, birth, gender, random);
			ResidentId again = ResidentId.of(id.value());
			assertThat(again).isEqualTo(id);
			assertThat(again.birthDate()).isEqualTo(birth);
			assertThat(again.gender()).isEqualTo(gender);
			assertThat(again.areaCode()).isEqualTo("610113");
			assertThat(id.toString()).doesNotContain(id.value().substring(6, 14));
		}
	}
}
