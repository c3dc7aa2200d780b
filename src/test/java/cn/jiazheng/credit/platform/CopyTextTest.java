package cn.jiazheng.credit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text format of COPY: what PostgreSQL reads back must be exactly the value written. */
class CopyTextTest {

	@Test
	void plainValuesWholeSpecialCharactersEscapedNullAsBackslashN() {
		StringBuilder out = new StringBuilder();

		CopyText.row(out, 7L, "QUJD+/=", null, "a\\b\tc\nd\re", "", "张三\\", 3);

		assertThat(out).hasToString("7\tQUJD+/=\t\\N\ta\\\\b\\tc\\nd\\re\t\t张三\\\\\t3\n");
	}
}
