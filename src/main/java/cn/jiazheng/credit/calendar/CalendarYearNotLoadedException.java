package cn.jiazheng.credit.calendar;

import cn.jiazheng.credit.platform.ConflictException;

/**
 * A computation needed a year whose holiday arrangement (工作日历) has not been loaded. The calendar
 * fails rather than guess: a deadline counted over unknown holidays could be wrong by a week.
 */
public class CalendarYearNotLoadedException extends ConflictException {

	private final int year;

	public CalendarYearNotLoadedException(int year) {
		// As text, so that the message reads "2027" and not "2,027".
		super("calendar.year.not-loaded", String.valueOf(year));
		this.year = year;
	}

	public int year() {
		return year;
	}
}
