package cn.jiazheng.credit.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 工作日历: which days are working days under the State Council's holiday arrangements, and deadlines
 * counted in working days. A day is a working day when it is a {@link DayKind#WORKDAY} (调休上班), or a
 * Monday to Friday that is not a {@link DayKind#HOLIDAY}. Every method that looks at a day of a year
 * that has not been loaded throws {@link CalendarYearNotLoadedException}. Each call reads the database
 * once and keeps nothing, so a year loaded by another instance counts at once.
 */
public interface WorkingCalendar {

	boolean isWorkingDay(LocalDate day);

	/**
	 * The {@code n}-th working day after {@code start}: counting begins the day after, as the Civil Code
	 * (art. 201) counts periods, so {@code start} itself never counts. {@code n == 0} returns {@code start}
	 * without looking at any day.
	 *
	 * @throws cn.jiazheng.credit.platform.InvalidValueException (field {@code workingDays}) for a negative {@code n}
	 */
	LocalDate plusWorkingDays(LocalDate start, int n);

	/**
	 * The number of working days {@code d} with {@code a < d <= b}, so that
	 * {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n}. Zero when {@code a == b}; when
	 * {@code a > b}, the negative of {@code workingDaysBetween(b, a)}.
	 */
	int workingDaysBetween(LocalDate a, LocalDate b);

	/** The years whose arrangement is loaded, ascending. */
	Set<Integer> loadedYears();

	/** The holiday or adjusted working day on this date; empty for an ordinary day of a loaded year. */
	Optional<OfficialDay> officialDay(LocalDate day);
}
