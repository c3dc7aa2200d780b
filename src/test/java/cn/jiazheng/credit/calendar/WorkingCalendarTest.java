package cn.jiazheng.credit.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;

import cn.jiazheng.credit.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the shipped arrangements of 2025 and 2026 (reference/cn-official-days.csv). */
@SpringBootTest
@AutoConfigureMockMvc
class WorkingCalendarTest {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	MessageSource messages;

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void theShippedYearsAreLoaded() {
		assertThat(calendar.loadedYears()).containsExactlyElementsOf(IntStream.rangeClosed(2004, 2026).boxed().toList());
	}

	@Test
	void nationalDay2025() {
		// Holidays 10-01..10-08; Sunday 09-28 and Saturday 10-11 are worked.
		assertThat(calendar.plusWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
		assertThat(calendar.plusWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
		assertThat(calendar.plusWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
		// 10-09, 10-10, 10-11 (Sat, worked), 10-13..17, 10-20..24, 10-27, 10-28.
		assertThat(calendar.plusWorkingDays(d("2025-09-30"), 15)).isEqualTo(d("2025-10-28"));
		assertThat(calendar.workingDaysBetween(d("2025-09-30"), d("2025-10-31"))).isEqualTo(18);
		assertThat(calendar.workingDaysBetween(d("2025-09-30"), d("2025-10-08"))).isZero();
	}

	@Test
	void springFestival2025() {
		// Holidays 01-28..02-04; Sunday 01-26 and Saturday 02-08 are worked.
		assertThat(calendar.plusWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
		assertThat(calendar.plusWorkingDays(d("2025-01-26"), 1)).isEqualTo(d("2025-01-27"));
		assertThat(calendar.plusWorkingDays(d("2025-01-27"), 1)).isEqualTo(d("2025-02-05"));
		assertThat(calendar.plusWorkingDays(d("2025-01-27"), 4)).isEqualTo(d("2025-02-08"));
		assertThat(calendar.plusWorkingDays(d("2025-01-27"), 5)).isEqualTo(d("2025-02-10"));
	}

	@Test
	void springFestival2026() {
		// Holidays 02-15..02-23; Saturdays 02-14 and 02-28 are worked.
		assertThat(calendar.plusWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
		assertThat(calendar.plusWorkingDays(d("2026-02-14"), 1)).isEqualTo(d("2026-02-24"));
		assertThat(calendar.plusWorkingDays(d("2026-02-14"), 5)).isEqualTo(d("2026-02-28"));
		assertThat(calendar.plusWorkingDays(d("2026-02-14"), 6)).isEqualTo(d("2026-03-02"));
	}

	@Test
	void midAutumnAndNationalDay2026() {
		// 中秋 09-25..09-27, 国庆 10-01..10-07; Sunday 09-20 and Saturday 10-10 are worked.
		assertThat(calendar.plusWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
		assertThat(calendar.plusWorkingDays(d("2026-09-24"), 1)).isEqualTo(d("2026-09-28"));
		assertThat(calendar.plusWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
		assertThat(calendar.plusWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
		assertThat(calendar.plusWorkingDays(d("2026-09-30"), 4)).isEqualTo(d("2026-10-12"));
		// New Year 2026: 01-01..01-03 off, Sunday 01-04 worked.
		assertThat(calendar.plusWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
	}

	@Test
	void singleDays() {
		assertThat(calendar.isWorkingDay(d("2025-10-18"))).as("an ordinary Saturday").isFalse();
		assertThat(calendar.isWorkingDay(d("2025-10-11"))).as("an adjusted Saturday").isTrue();
		assertThat(calendar.isWorkingDay(d("2025-10-06"))).as("a holiday Monday").isFalse();
		assertThat(calendar.isWorkingDay(d("2025-10-13"))).as("an ordinary Monday").isTrue();
		assertThat(calendar.officialDay(d("2025-10-06"))).get()
			.satisfies(day -> {
				assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
				assertThat(day.festival(Locale.SIMPLIFIED_CHINESE)).isEqualTo("中秋");
				assertThat(day.festival(Locale.ENGLISH)).isEqualTo("Mid-autumn Festival");
			});
		assertThat(calendar.officialDay(d("2025-10-11"))).get().extracting(OfficialDay::kind).isEqualTo(DayKind.WORKDAY);
		assertThat(calendar.officialDay(d("2025-10-13"))).isEmpty();
	}

	@Test
	void workingDaysBetweenInvertsPlusWorkingDays() {
		for (LocalDate a = d("2025-01-01"); a.isBefore(d("2026-11-01")); a = a.plusDays(3)) {
			for (int n : new int[] { 0, 1, 2, 5, 7, 15, 20 }) {
				LocalDate b = calendar.plusWorkingDays(a, n);
				assertThat(calendar.workingDaysBetween(a, b)).as("from %s, %d working days to %s", a, n, b).isEqualTo(n);
				assertThat(calendar.workingDaysBetween(b, a)).isEqualTo(-n);
				if (n > 0) {
					assertThat(calendar.isWorkingDay(b)).as("%s is a working day", b).isTrue();
					assertThat(calendar.workingDaysBetween(a, b.minusDays(1))).isEqualTo(n - 1);
				}
			}
		}
	}

	@Test
	void equalAndNegativeCases() {
		assertThat(calendar.plusWorkingDays(d("2025-10-01"), 0)).isEqualTo(d("2025-10-01"));
		assertThat(calendar.workingDaysBetween(d("2025-10-01"), d("2025-10-01"))).isZero();
		assertThat(calendar.workingDaysBetween(d("2025-10-31"), d("2025-09-30"))).isEqualTo(-18);
		assertThatThrownBy(() -> calendar.plusWorkingDays(d("2025-10-01"), -1))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("workingDays"));
	}

	@Test
	void aYearThatIsNotLoadedFailsClosed() {
		assertThatThrownBy(() -> calendar.plusWorkingDays(d("2026-12-25"), 10))
			.isInstanceOfSatisfying(CalendarYearNotLoadedException.class, ex -> {
				assertThat(ex.year()).isEqualTo(2027);
				assertThat(messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE))
					.isEqualTo("2027 年工作日历尚未导入");
				assertThat(messages.getMessage(ex.messageKey(), ex.arguments(), Locale.ENGLISH))
					.isEqualTo("The working calendar for 2027 has not been loaded");
			});
		assertThatThrownBy(() -> calendar.isWorkingDay(d("2027-01-04"))).isInstanceOf(CalendarYearNotLoadedException.class);
		assertThatThrownBy(() -> calendar.workingDaysBetween(d("2026-12-30"), d("2027-01-02")))
			.isInstanceOf(CalendarYearNotLoadedException.class);
		assertThatThrownBy(() -> calendar.officialDay(d("2003-10-01"))).isInstanceOf(CalendarYearNotLoadedException.class);
		// Near the edge but not over it: the answer lies in 2026, so nothing of 2027 is needed.
		assertThat(calendar.plusWorkingDays(d("2026-12-01"), 5)).isEqualTo(d("2026-12-08"));
		assertThat(calendar.plusWorkingDays(d("2026-12-25"), 4)).isEqualTo(d("2026-12-31"));
	}
}
