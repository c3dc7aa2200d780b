package cn.jiazheng.credit.calendar.internal;

import cn.jiazheng.credit.platform.Unscoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.jiazheng.credit.calendar.CalendarYearNotLoadedException;
import cn.jiazheng.credit.calendar.DayKind;
import cn.jiazheng.credit.calendar.OfficialDay;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the official days of just the dates a call needs, in one query, and caches nothing: a year an
 * administrator loads on another instance counts on the next call here.
 */
@Unscoped("the official calendar is reference data, the same for everyone")
@Service
class JdbcWorkingCalendar implements WorkingCalendar {

	/** Beyond n working days, room for weekends (n × 7/5) and the longest run of holidays in a stretch. */
	private static final int SLACK_DAYS = 30;

	private final JdbcClient jdbc;

	JdbcWorkingCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return window(day, day).isWorkingDay(day);
	}

	@Override
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new InvalidValueException("workingDays", "calendar.working-days.negative", n);
		}
		LocalDate day = start;
		int counted = 0;
		CalendarWindow window = null;
		while (counted < n) {
			day = day.plusDays(1);
			if (window == null || !window.covers(day)) {
				int remaining = n - counted;
				// Rarely a second query: only when holidays eat more than the slack.
				window = window(day, day.plusDays(remaining * 7L / 5 + SLACK_DAYS));
			}
			if (window.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	@Override
	public int workingDaysBetween(LocalDate a, LocalDate b) {
		if (a.equals(b)) {
			return 0;
		}
		if (a.isAfter(b)) {
			return -workingDaysBetween(b, a);
		}
		CalendarWindow window = window(a.plusDays(1), b);
		int count = 0;
		for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
			if (window.isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public Set<Integer> loadedYears() {
		return new LinkedHashSet<>(
				jdbc.sql("SELECT year FROM calendar.loaded_year ORDER BY year").query(Integer.class).list());
	}

	@Override
	public Optional<OfficialDay> officialDay(LocalDate day) {
		// One query answers both questions: is the year loaded (a row at all) and is the day official.
		var rows = jdbc.sql("""
				SELECT d.day, d.kind, d.festival_zh, d.festival_en
				  FROM calendar.loaded_year y LEFT JOIN calendar.official_day d ON d.day = ?
				 WHERE y.year = ?
				""")
			.params(day, day.getYear())
			.query((rs, n) -> {
				String kind = rs.getString("kind");
				return kind == null ? Optional.<OfficialDay>empty()
						: Optional.of(new OfficialDay(day, DayKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
								rs.getString("festival_zh"), rs.getString("festival_en")));
			})
			.list();
		if (rows.isEmpty()) {
			throw new CalendarYearNotLoadedException(day.getYear());
		}
		return rows.get(0);
	}

	/** The official days between two dates and which of their years are loaded, in one query. */
	CalendarWindow window(LocalDate from, LocalDate to) {
		Map<LocalDate, DayKind> official = new HashMap<>();
		Set<Integer> years = new HashSet<>();
		jdbc.sql("""
				SELECT day, kind, NULL::int AS year FROM calendar.official_day WHERE day BETWEEN ? AND ?
				UNION ALL
				SELECT NULL, NULL, year FROM calendar.loaded_year WHERE year BETWEEN ? AND ?
				""").params(from, to, from.getYear(), to.getYear()).query(rs -> {
			String kind = rs.getString("kind");
			if (kind != null) {
				official.put(rs.getObject("day", LocalDate.class), DayKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
			}
			else {
				years.add(rs.getInt("year"));
			}
		});
		return new CalendarWindow(from, to, official, years);
	}
}
