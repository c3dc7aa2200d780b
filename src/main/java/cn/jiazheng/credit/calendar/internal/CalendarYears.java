package cn.jiazheng.credit.calendar.internal;

import cn.jiazheng.credit.platform.Unscoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.calendar.DayKind;
import cn.jiazheng.credit.calendar.OfficialDay;
import cn.jiazheng.credit.calendar.internal.CalendarImportReport.RowError;
import cn.jiazheng.credit.calendar.internal.CalendarImportReport.Status;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loading whole years of official days, and what the administrator's page shows about them. */
@Unscoped("the official calendar is reference data, the same for everyone")
@Component
public class CalendarYears {

	public static final int MIN_YEAR = 1949;

	public static final int MAX_YEAR = 2200;

	private static final int MAX_LABEL = 100;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	/** One loaded year, for the list on the page. */
	public record LoadedYear(int year, String sourceLabel, int dayCount, boolean shipped, Instant loadedAt,
			String loadedBy) {

		public String loadedAtText() {
			return LOCAL.format(loadedAt);
		}
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ObjectProvider<AuditTrail> audit;

	CalendarYears(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<AuditTrail> audit) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.audit = audit;
	}

	/**
	 * Replaces one year's official days with the file's, after checking every line. Nothing is saved when
	 * any line is wrong, nor when the year is already loaded and {@code confirmReload} is not given.
	 */
	public CalendarImportReport importYear(int year, String label, byte[] csv, boolean confirmReload,
			AuditActor actor) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			return CalendarImportReport.rejected(year,
					List.of(RowError.of(0, "calendar.upload.year-invalid", year, MIN_YEAR, MAX_YEAR)));
		}
		String source = label == null ? "" : label.strip();
		if (source.isEmpty() || source.length() > MAX_LABEL) {
			return CalendarImportReport.rejected(year, List.of(RowError.of(0, "calendar.upload.label-invalid", MAX_LABEL)));
		}
		OfficialDaysCsv.Parsed parsed = OfficialDaysCsv.parse(csv, year);
		if (!parsed.valid()) {
			return CalendarImportReport.rejected(year, parsed.errors());
		}
		return transaction.execute(status -> {
			lock();
			boolean loaded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar.loaded_year WHERE year = ?)")
				.param(year)
				.query(Boolean.class)
				.single();
			int holidays = (int) parsed.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
			int workdays = parsed.days().size() - holidays;
			if (loaded && !confirmReload) {
				return new CalendarImportReport(year, Status.NEEDS_CONFIRMATION, holidays, workdays, true, List.of());
			}
			replace(year, parsed.days(), source, false, actor);
			audit.ifAvailable(trail -> trail.record(AuditEvent.success(actor, "calendar.year.load", "calendar.year", year)
				.with("source", source)
				.with("holidays", holidays)
				.with("workdays", workdays)
				.with("replaced", loaded)));
			return new CalendarImportReport(year, Status.APPLIED, holidays, workdays, loaded, List.of());
		});
	}

	/**
	 * Loads the years of the shipped file that are missing, and replaces a year loaded from an earlier
	 * shipped file when the release corrected it; a year an administrator loaded is left alone.
	 *
	 * @return the years loaded or replaced
	 */
	List<Integer> loadShipped(String label, byte[] csv) {
		OfficialDaysCsv.Parsed parsed = OfficialDaysCsv.parse(csv, null);
		if (!parsed.valid()) {
			throw new IllegalStateException("The shipped calendar is invalid: " + parsed.errors());
		}
		Map<Integer, List<OfficialDay>> byYear = parsed.days()
			.stream()
			.collect(Collectors.groupingBy(d -> d.date().getYear(), TreeMap::new, Collectors.toList()));
		return transaction.execute(status -> {
			lock();
			Map<Integer, Existing> existing = jdbc.sql("SELECT year, fingerprint, shipped FROM calendar.loaded_year")
				.query((rs, n) -> new Existing(rs.getInt(1), rs.getString(2), rs.getBoolean(3)))
				.list()
				.stream()
				.collect(Collectors.toMap(Existing::year, e -> e));
			List<Integer> loaded = new java.util.ArrayList<>();
			byYear.forEach((year, days) -> {
				Existing row = existing.get(year);
				boolean stale = row != null && row.shipped() && !row.fingerprint().equals(OfficialDaysCsv.fingerprint(days));
				if (row == null || stale) {
					replace(year, days, label, true, AuditActor.SYSTEM);
					loaded.add(year);
				}
			});
			if (!loaded.isEmpty()) {
				audit.ifAvailable(trail -> trail
					.record(AuditEvent.success(AuditActor.SYSTEM, "calendar.year.load", "calendar.year", loaded.get(0))
						.with("source", label)
						.with("years", loaded.size())));
			}
			return loaded;
		});
	}

	private record Existing(int year, String fingerprint, boolean shipped) {
	}

	private void replace(int year, List<OfficialDay> days, String label, boolean shipped, AuditActor actor) {
		jdbc.sql("DELETE FROM calendar.official_day WHERE day BETWEEN ? AND ?")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.update();
		jdbc.sql("""
				INSERT INTO calendar.official_day (day, kind, festival_zh, festival_en)
				SELECT d::date, k, z, e FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS t(d, k, z, e)
				""")
			.params(days.stream().map(d -> d.date().toString()).toArray(String[]::new),
					days.stream().map(d -> d.kind().code()).toArray(String[]::new),
					days.stream().map(OfficialDay::festivalZh).toArray(String[]::new),
					days.stream().map(OfficialDay::festivalEn).toArray(String[]::new))
			.update();
		jdbc.sql("""
				INSERT INTO calendar.loaded_year (year, source_label, fingerprint, day_count, shipped, loaded_at, loaded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (year) DO UPDATE SET source_label = EXCLUDED.source_label,
				    fingerprint = EXCLUDED.fingerprint, day_count = EXCLUDED.day_count, shipped = EXCLUDED.shipped,
				    loaded_at = EXCLUDED.loaded_at, loaded_by = EXCLUDED.loaded_by
				""")
			.params(year, label, OfficialDaysCsv.fingerprint(days), days.size(), shipped,
					java.sql.Timestamp.from(Instant.now()), actor.auditName())
			.update();
	}

	/** One loader at a time across instances (several may start together). */
	private void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('calendar.loaded_year'))").query().singleValue();
	}

	public List<LoadedYear> loaded() {
		return jdbc.sql("""
				SELECT year, source_label, day_count, shipped, loaded_at, loaded_by
				  FROM calendar.loaded_year ORDER BY year DESC
				""")
			.query((rs, n) -> new LoadedYear(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	/** The official days of a year, by date. */
	public Map<LocalDate, OfficialDay> days(int year) {
		return jdbc.sql("""
				SELECT day, kind, festival_zh, festival_en FROM calendar.official_day
				 WHERE day BETWEEN ? AND ? ORDER BY day
				""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> new OfficialDay(rs.getObject(1, LocalDate.class),
					DayKind.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)), rs.getString(3),
					rs.getString(4)))
			.list()
			.stream()
			.collect(Collectors.toMap(OfficialDay::date, d -> d, (a, b) -> a, TreeMap::new));
	}
}
