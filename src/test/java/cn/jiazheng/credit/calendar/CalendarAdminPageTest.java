package cn.jiazheng.credit.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CalendarAdminPageTest {

	static final String CALENDAR_2027 = """
			date,kind,festival_zh,festival_en
			2027-01-01,holiday,元旦,New Year's Day
			2027-01-02,holiday,元旦,New Year's Day
			2027-01-03,holiday,元旦,New Year's Day
			2027-02-06,holiday,春节,Spring Festival
			2027-02-07,holiday,春节,Spring Festival
			2027-02-08,holiday,春节,Spring Festival
			2027-02-20,workday,春节,Spring Festival
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	/** 2027 is not shipped; whatever a test loaded, the next test finds it unloaded again. */
	@AfterEach
	void forget2027() {
		jdbc.sql("DELETE FROM calendar.official_day WHERE day >= '2027-01-01'").update();
		jdbc.sql("DELETE FROM calendar.loaded_year WHERE year >= 2027").update();
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void anAdministratorSeesAYearAsTwelveMonths() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025 年工作日历")))
			.andExpect(content().string(containsString("十二月")))
			.andExpect(content().string(containsString("class=\"cal-holiday\" title=\"国庆节\"")))
			.andExpect(content().string(containsString("class=\"cal-adjusted\" title=\"国庆节\"")))
			.andExpect(content().string(containsString("<small>班</small>")))
			.andExpect(content().string(containsString("State Council notices")));
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void aYearNotLoadedSaysSo() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2027 年工作日历尚未导入")))
			.andExpect(content().string(not(containsString("cal-holiday\" title"))));
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void loading2027MakesItCount() throws Exception {
		assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.parse("2026-12-25"), 10))
			.isInstanceOf(CalendarYearNotLoadedException.class);

		mvc.perform(multipart("/admin/calendar/years").file(csv("2027.csv", CALENDAR_2027))
			.param("year", "2027")
			.param("label", "国办发明电〔2026〕测试")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2027 年已导入：法定节假日 6 天，调休上班 1 天。")));

		assertThat(calendar.loadedYears()).contains(2027);
		// 12-28..12-31, then 01-01..01-03 off, 01-04..01-08, 01-11.
		assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-12-25"), 10)).isEqualTo(LocalDate.parse("2027-01-11"));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-20"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void aBadUploadNamesEachLineAndSavesNothing() throws Exception {
		String bad = """
				date,kind,festival_zh,festival_en
				2027-01-01,holiday,元旦,New Year's Day
				2027-02-30,holiday,春节,Spring Festival
				2027-02-06,rest,春节,Spring Festival
				2026-12-31,holiday,元旦,New Year's Day
				2027-01-04,workday,元旦,New Year's Day
				2027-01-01,holiday,元旦,New Year's Day
				""";

		mvc.perform(multipart("/admin/calendar/years").file(csv("bad.csv", bad))
			.param("year", "2027")
			.param("label", "bad")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入，文件有 5 处错误")))
			.andExpect(content().string(containsString("第 3 行：日期“2027-02-30”无效")))
			.andExpect(content().string(containsString("第 4 行：类型“rest”无效")))
			.andExpect(content().string(containsString("第 5 行：日期 2026-12-31 不在 2027 年内")))
			.andExpect(content().string(containsString("第 6 行：2027-01-04 不是周六或周日")))
			.andExpect(content().string(containsString("第 7 行：日期 2027-01-01 与第 2 行重复")));

		assertThat(calendar.loadedYears()).doesNotContain(2027);
		assertThat(jdbc.sql("SELECT count(*) FROM calendar.official_day WHERE day >= '2027-01-01'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void reloadingALoadedYearNeedsConfirmation() throws Exception {
		mvc.perform(multipart("/admin/calendar/years").file(csv("2026.csv", "date,kind\n2026-10-01,holiday\n"))
			.param("year", "2026")
			.param("label", "replacement")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入：2026 年已有安排")));

		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-08"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-07"))).as("still the shipped arrangement").isFalse();
		assertThat(jdbc.sql("SELECT source_label FROM calendar.loaded_year WHERE year = 2026").query(String.class).single())
			.isNotEqualTo("replacement");
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void aConfirmedReloadReplacesTheYear() throws Exception {
		mvc.perform(multipart("/admin/calendar/years").file(csv("2027.csv", CALENDAR_2027))
			.param("year", "2027").param("label", "first").with(csrf())).andExpect(status().isOk());
		mvc.perform(multipart("/admin/calendar/years").file(csv("2027.csv", "date,kind\n2027-01-01,holiday\n"))
			.param("year", "2027").param("label", "second").param("confirm", "on").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2027 年已导入：法定节假日 1 天，调休上班 0 天。")));

		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).as("no longer a holiday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-20"))).as("no longer worked").isFalse();
	}

	@Test
	@WithMockUser(roles = "REGULATOR")
	void aRegulatorIsForbidden() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2026")).andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/calendar/years").file(csv("2027.csv", CALENDAR_2027))
			.param("year", "2027")
			.param("label", "x")
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(calendar.loadedYears()).doesNotContain(2027);
	}

	static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}
}
