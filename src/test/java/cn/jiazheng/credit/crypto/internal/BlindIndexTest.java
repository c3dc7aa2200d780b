package cn.jiazheng.credit.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import cn.jiazheng.credit.crypto.BlindIndex;

class BlindIndexTest {

	private static final String ID_NUMBER = "archive.worker.id_number";

	private final KeystoreKeyProvider keys = KeystoreKeyProvider.inMemory();
	private final BlindIndex index = new HmacSm3BlindIndex(keys);

	@Test
	void sameValueSamePurposeGivesSameIndex() {
		assertThat(index.index(ID_NUMBER, "11010519491231002X")).isEqualTo(index.index(ID_NUMBER, "11010519491231002X"))
			.matches("[0-9a-f]{64}");
		assertThat(new HmacSm3BlindIndex(keys).index(ID_NUMBER, "11010519491231002X"))
			.isEqualTo(index.index(ID_NUMBER, "11010519491231002X"));
	}

	@Test
	void differentValuesGiveDifferentIndexes() {
		assertThat(index.index(ID_NUMBER, "11010519491231002X")).isNotEqualTo(index.index(ID_NUMBER, "110105194912310021"));
	}

	@Test
	void samValueInAnotherColumnDoesNotCorrelate() {
		assertThat(index.index(ID_NUMBER, "13800138000")).isNotEqualTo(index.index("archive.worker.phone", "13800138000"));
	}

	@Test
	void anotherKeyGivesAnotherIndex() {
		assertThat(new HmacSm3BlindIndex(KeystoreKeyProvider.inMemory()).index(ID_NUMBER, "11010519491231002X"))
			.isNotEqualTo(index.index(ID_NUMBER, "11010519491231002X"));
	}

	@Test
	void isHmacSm3UnderThePurposeSubKey() {
		byte[] subKey = HmacSm3.mac(keys.blindIndexKey().getEncoded(), ID_NUMBER.getBytes(StandardCharsets.UTF_8));
		String expected = HexFormat.of().formatHex(HmacSm3.mac(subKey, "张三".getBytes(StandardCharsets.UTF_8)));

		assertThat(index.index(ID_NUMBER, "张三")).isEqualTo(expected);
	}

	@Test
	void exactMatchOnlyCallersNormalise() {
		assertThat(index.index(ID_NUMBER, "11010519491231002x")).isNotEqualTo(index.index(ID_NUMBER, "11010519491231002X"));
	}

	@Test
	void nullValueHasNoIndexButPurposeIsRequired() {
		assertThat(index.index(ID_NUMBER, null)).isNull();
		assertThatThrownBy(() -> index.index(" ", "x")).isInstanceOf(IllegalArgumentException.class);
	}
}
