package cn.jiazheng.credit.region;

import cn.jiazheng.credit.platform.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

	private final RegionCode yanta = RegionCode.of("610113");

	@Test
	void aCountyLiesInsideItsCityAndProvince() {
		assertThat(RegionCode.of("6101").contains(yanta)).isTrue();
		assertThat(RegionCode.of("61").contains(yanta)).isTrue();
		assertThat(yanta.contains(yanta)).isTrue();
	}

	@Test
	void aCountyDoesNotLieInsideAnotherCityOrProvince() {
		assertThat(RegionCode.of("6102").contains(yanta)).isFalse();
		assertThat(RegionCode.of("62").contains(yanta)).isFalse();
		assertThat(yanta.contains(RegionCode.of("6101"))).isFalse();
	}

	@Test
	void sixDigitProvinceAndCityFormsAreNormalised() {
		assertThat(RegionCode.of("610000")).isEqualTo(RegionCode.of("61"));
		assertThat(RegionCode.of("610000").level()).isEqualTo(RegionLevel.PROVINCE);
		assertThat(RegionCode.of("610100")).isEqualTo(RegionCode.of("6101"));
		assertThat(RegionCode.of("610100").level()).isEqualTo(RegionLevel.CITY);
		assertThat(RegionCode.of("61").sixDigits()).isEqualTo("610000");
		assertThat(RegionCode.of("6101").sixDigits()).isEqualTo("610100");
		assertThat(RegionCode.of("610100").contains(yanta)).isTrue();
	}

	@Test
	void parentsClimbTheTree() {
		assertThat(yanta.parent()).contains(RegionCode.of("6101"));
		assertThat(RegionCode.of("6101").parent()).contains(RegionCode.of("61"));
		assertThat(RegionCode.of("61").parent()).isEmpty();
		assertThat(yanta.province()).isEqualTo(RegionCode.of("61"));
		assertThat(yanta.level()).isEqualTo(RegionLevel.COUNTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "6", "61011", "abc", "6101130", "", "000000" })
	@NullSource
	void invalidCodesAreRejectedNamingTheField(String value) {
		assertThatThrownBy(() -> RegionCode.of(value)).isInstanceOfSatisfying(InvalidValueException.class, ex -> {
			assertThat(ex.field()).isEqualTo("regionCode");
			assertThat(ex.messageKey()).isEqualTo("region.code.invalid");
		});
	}
}
