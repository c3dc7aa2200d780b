package cn.jiazheng.credit.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import cn.jiazheng.credit.calendar.CalendarYearNotLoadedException;
import cn.jiazheng.credit.calendar.DayKind;

/**
 * The official days of a stretch of dates, read in one query, and the rule that turns them into
 * working days. Pure, so that the rule is tested without a database.
 */
final class CalendarWindow {

	private final LocalDate from;

	private final LocalDate to;

	private final Map<LocalDate, DayKind> official;

	private final Set<Integer> loadedYears;

	CalendarWindow(LocalDate from, LocalDate to, Map<LocalDate, DayKind> official, Set<Integer> loadedYears) {
		this.from = from;
		this.to = to;
		this.official = Map.copyOf(official);
		this.loadedYears = Set.copyOf(loadedYears);
	}

	LocalDate from() {
		return from;
	}

	LocalDate to() {
		return to;
	}

	boolean covers(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	boolean isWorkingDay(LocalDate day) {
		if (!covers(day)) {
			throw new IllegalArgumentException(day + " lies outside the window " + from + ".." + to);
		}
		if (!loadedYears.contains(day.getYear())) {
			throw new CalendarYearNotLoadedException(day.getYear());
		}
		DayKind kind = official.get(day);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}
}
