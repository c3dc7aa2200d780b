package cn.jiazheng.credit.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 公示期 of one record under the NDRC credit-repair rules in force since 2026-04-01 (信用修复管理办法):
 * minor dishonesty is not published; general dishonesty at least 3 months and at most 1 year; serious
 * dishonesty at least 1 year and at most 3 years, counted from the decision date. Positive records are
 * published for a configured number of months (no minimum).
 *
 * <p>Periods end as the Civil Code counts them (arts. 201–202): the day of the decision is not counted,
 * and a period of months ends on the corresponding day of the last month, or on that month's last day
 * when it has none (2026-01-31 + 3 months ends on 2026-04-30). The end day is the last day in publicity.
 *
 * @param minEnd the last day of the minimum period: repair may be granted from the next day; null when not published
 * @param maxEnd the last day of publicity: from the next day the record has expired; null when not published
 */
public record Publicity(LocalDate decisionDate, LocalDate minEnd, LocalDate maxEnd) {

	public Publicity {
		Objects.requireNonNull(decisionDate, "decisionDate");
		if ((minEnd == null) != (maxEnd == null) || (minEnd != null && minEnd.isAfter(maxEnd))) {
			throw new IllegalArgumentException("minEnd must not be after maxEnd");
		}
	}

	public static Publicity of(Direction direction, Severity severity, LocalDate decisionDate, int positiveMonths) {
		if (direction == Direction.POSITIVE) {
			return positiveMonths <= 0 ? new Publicity(decisionDate, null, null)
					: new Publicity(decisionDate, decisionDate, decisionDate.plusMonths(positiveMonths));
		}
		return switch (severity) {
			case MINOR, NONE -> new Publicity(decisionDate, null, null);
			case GENERAL -> new Publicity(decisionDate, decisionDate.plusMonths(3), decisionDate.plusYears(1));
			case SERIOUS -> new Publicity(decisionDate, decisionDate.plusYears(1), decisionDate.plusYears(3));
		};
	}

	public boolean published() {
		return maxEnd != null;
	}

	/** Whether the record is shown publicly on {@code day} (an active record, that is). */
	public boolean covers(LocalDate day) {
		return published() && !day.isBefore(decisionDate) && !day.isAfter(maxEnd);
	}

	/** Whether publicity has ended by itself by {@code day}; never for a record that is not published. */
	public boolean endedBy(LocalDate day) {
		return published() && day.isAfter(maxEnd);
	}

	/** Whether repair may be granted on {@code day}: after the minimum period, or at any time when not published. */
	public boolean repairableOn(LocalDate day) {
		return !published() || day.isAfter(minEnd);
	}
}
