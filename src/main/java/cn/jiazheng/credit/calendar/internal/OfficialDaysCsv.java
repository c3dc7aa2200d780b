package cn.jiazheng.credit.calendar.internal;

import cn.jiazheng.credit.platform.CsvLines;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiazheng.credit.calendar.DayKind;
import cn.jiazheng.credit.calendar.OfficialDay;
import cn.jiazheng.credit.calendar.internal.CalendarImportReport.RowError;
import cn.jiazheng.credit.crypto.Sm3;

/**
 * Reads and checks official days in the format {@code date,kind[,festival_zh[,festival_en]]}, every
 * rule on every line before anything is used.
 */
final class OfficialDaysCsv {

	static final int MAX_ERRORS = 200;

	static final int MAX_FESTIVAL = 50;

	private static final List<String> COLUMNS = List.of("date", "kind", "festival_zh", "festival_en");

	private OfficialDaysCsv() {
	}

	record Parsed(List<OfficialDay> days, List<RowError> errors) {

		boolean valid() {
			return errors.isEmpty();
		}
	}

	/** @param year the one year all dates must fall in, or {@code null} for the shipped multi-year file */
	static Parsed parse(byte[] bytes, Integer year) {
		String text = CsvLines.utf8(bytes);
		if (text == null) {
			return new Parsed(List.of(), List.of(RowError.of(0, "calendar.upload.not-utf8")));
		}
		List<RowError> errors = new ArrayList<>();
		List<String> lines = CsvLines.lines(text);
		List<String> header = CsvLines.fields(lines.get(0));
		if (header == null || header.size() < 2 || header.size() > COLUMNS.size()
				|| !COLUMNS.subList(0, header.size()).equals(header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList())) {
			errors.add(RowError.of(1, "calendar.upload.header"));
		}
		Map<LocalDate, Integer> lineOf = new HashMap<>();
		List<OfficialDay> days = new ArrayList<>();
		for (int i = 1; i < lines.size() && errors.size() < MAX_ERRORS; i++) {
			int line = i + 1;
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> fields = CsvLines.fields(lines.get(i));
			if (fields == null || fields.size() < 2 || fields.size() > COLUMNS.size()) {
				errors.add(RowError.of(line, "calendar.upload.columns"));
				continue;
			}
			LocalDate date;
			try {
				date = LocalDate.parse(fields.get(0));
			}
			catch (DateTimeParseException ex) {
				errors.add(RowError.of(line, "calendar.upload.date-invalid", fields.get(0)));
				continue;
			}
			DayKind kind = switch (fields.get(1).toLowerCase(Locale.ROOT)) {
				case "holiday" -> DayKind.HOLIDAY;
				case "workday" -> DayKind.WORKDAY;
				default -> null;
			};
			if (kind == null) {
				errors.add(RowError.of(line, "calendar.upload.kind-unknown", fields.get(1)));
				continue;
			}
			if (year != null && date.getYear() != year) {
				errors.add(RowError.of(line, "calendar.upload.outside-year", date, year));
				continue;
			}
			if (kind == DayKind.WORKDAY && date.getDayOfWeek() != DayOfWeek.SATURDAY
					&& date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				errors.add(RowError.of(line, "calendar.upload.workday-not-weekend", date));
				continue;
			}
			String zh = fields.size() > 2 && !fields.get(2).isEmpty() ? fields.get(2) : null;
			String en = fields.size() > 3 && !fields.get(3).isEmpty() ? fields.get(3) : null;
			if ((zh != null && zh.length() > MAX_FESTIVAL) || (en != null && en.length() > MAX_FESTIVAL)) {
				errors.add(RowError.of(line, "calendar.upload.festival-too-long", date, MAX_FESTIVAL));
				continue;
			}
			Integer first = lineOf.putIfAbsent(date, line);
			if (first != null) {
				errors.add(RowError.of(line, "calendar.upload.duplicate", date, first));
				continue;
			}
			days.add(new OfficialDay(date, kind, zh, en));
		}
		if (errors.isEmpty() && days.isEmpty()) {
			errors.add(RowError.of(0, "calendar.upload.empty"));
		}
		days.sort(Comparator.comparing(OfficialDay::date));
		return new Parsed(List.copyOf(days), List.copyOf(errors));
	}

	/** The content of a year, independent of the file's layout, so that the same days give the same print. */
	static String fingerprint(Collection<OfficialDay> days) {
		String canonical = days.stream()
			.sorted(Comparator.comparing(OfficialDay::date))
			.map(d -> d.date() + "," + d.kind().code() + "," + nullToEmpty(d.festivalZh()) + ","
					+ nullToEmpty(d.festivalEn()))
			.collect(Collectors.joining("\n"));
		return HexFormat.of().formatHex(Sm3.digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
