package cn.jiazheng.credit.objection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.calendar.CalendarYearNotLoadedException;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.objection.Objection;

import org.springframework.stereotype.Component;

/**
 * Deadlines as people read them: working days left (positive), 0 on the day itself, or working days
 * overdue (negative). Counting needs the calendar of every year in between; without it the page shows
 * the date alone rather than a wrong count.
 */
@Component
class Deadlines {

	private final WorkingCalendar calendar;

	private final Clock clock;

	Deadlines(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
	}

	/** Working days from today to the deadline; negative once it has passed; null when the calendar cannot tell. */
	Integer workingDaysLeft(LocalDate deadline, LocalDate today) {
		try {
			return calendar.workingDaysBetween(today, deadline);
		}
		catch (CalendarYearNotLoadedException ex) {
			return null;
		}
	}

	/** For the objections still waiting: their working days left, by id. */
	Map<Long, Integer> left(List<Objection> objections, LocalDate today) {
		Map<Long, Integer> left = new HashMap<>();
		for (Objection o : objections) {
			if (o.open()) {
				left.put(o.id(), workingDaysLeft(o.answerDeadline(), today));
			}
		}
		return left;
	}
}
