package cn.jiazheng.credit.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's % and _ are matched as themselves in every search box. */
class SqlTextTest {

	@Test
	void wildcardsTypedByAPersonMatchThemselves() {
		assertThat(SqlText.containing(" 100%_好 ")).isEqualTo("%100\\%\\_好%");
		assertThat(SqlText.startingWith("a\\b")).isEqualTo("a\\\\b%");
		assertThat(SqlText.containing(null)).isEqualTo("%%");
	}
}
