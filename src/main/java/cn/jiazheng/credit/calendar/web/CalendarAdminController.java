package cn.jiazheng.credit.calendar.web;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.calendar.DayKind;
import cn.jiazheng.credit.calendar.OfficialDay;
import cn.jiazheng.credit.calendar.internal.CalendarImportReport;
import cn.jiazheng.credit.calendar.internal.CalendarYears;
import cn.jiazheng.credit.platform.InvalidValueException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 工作日历管理: a year at a glance, the loaded years, and loading a new year's arrangement. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class CalendarAdminController {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final CalendarYears years;

	private final MessageSource messages;

	CalendarAdminController(CalendarYears years, MessageSource messages) {
		this.years = years;
		this.messages = messages;
	}

	@GetMapping
	String year(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		page(model, year == null ? LocalDate.now(BEIJING).getYear() : checked(year), locale);
		return "calendar/admin";
	}

	@PostMapping("/years")
	String load(@RequestParam int year, @RequestParam(required = false) String label,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean confirm,
			Authentication who, Model model, Locale locale) throws IOException {
		String source = label == null || label.isBlank() ? (file == null ? null : file.getOriginalFilename()) : label;
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		CalendarImportReport report = years.importYear(year, source, bytes, confirm,
				AuditActor.simple(who.getName(), "PLATFORM_ADMIN", null));
		model.addAttribute("report", report);
		model.addAttribute("reportErrors", report.errors()
			.stream()
			.map(e -> messages.getMessage(e.messageKey(), e.messageArguments(), locale))
			.toList());
		model.addAttribute("label", label);
		int shown = year >= CalendarYears.MIN_YEAR && year <= CalendarYears.MAX_YEAR ? year
				: LocalDate.now(BEIJING).getYear();
		page(model, shown, locale);
		return "calendar/admin";
	}

	private static int checked(int year) {
		if (year < CalendarYears.MIN_YEAR || year > CalendarYears.MAX_YEAR) {
			throw new InvalidValueException("year", "calendar.year.invalid", String.valueOf(year),
					CalendarYears.MIN_YEAR, CalendarYears.MAX_YEAR);
		}
		return year;
	}

	private void page(Model model, int year, Locale locale) {
		List<CalendarYears.LoadedYear> loaded = years.loaded();
		boolean isLoaded = loaded.stream().anyMatch(y -> y.year() == year);
		model.addAttribute("year", year);
		model.addAttribute("yearText", String.valueOf(year));
		model.addAttribute("previousYear", String.valueOf(year - 1));
		model.addAttribute("nextYear", String.valueOf(year + 1));
		model.addAttribute("loaded", isLoaded);
		model.addAttribute("loadedYears", loaded);
		model.addAttribute("months", isLoaded ? months(year, years.days(year), locale) : List.of());
	}

	/** Twelve month grids, weeks from Monday to Sunday as Chinese calendars print them. */
	static List<Month> months(int year, Map<LocalDate, OfficialDay> official, Locale locale) {
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
				week.add(Cell.BLANK);
			}
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				week.add(cell(month.atDay(d), official.get(month.atDay(d)), locale));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(Cell.BLANK);
				}
				weeks.add(week);
			}
			months.add(new Month(m, weeks));
		}
		return months;
	}

	private static Cell cell(LocalDate date, OfficialDay official, Locale locale) {
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (official == null) {
			return new Cell(date.getDayOfMonth(), weekend ? "cal-rest" : "cal-work", null, null);
		}
		String title = official.festival(locale);
		return official.kind() == DayKind.HOLIDAY
				? new Cell(date.getDayOfMonth(), "cal-holiday", title, "calendar.mark.holiday")
				: new Cell(date.getDayOfMonth(), "cal-adjusted", title, "calendar.mark.workday");
	}

	record Month(int month, List<List<Cell>> weeks) {
	}

	/** One day of a grid; day 0 is an empty cell before the 1st or after the last day. */
	record Cell(int day, String css, String title, String markKey) {

		static final Cell BLANK = new Cell(0, "cal-blank", null, null);
	}
}
