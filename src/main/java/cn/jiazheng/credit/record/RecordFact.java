package cn.jiazheng.credit.record;

import java.time.LocalDate;

/**
 * What the rating engine needs of one record that counts: no text, no people, just the fact.
 *
 * @param publicityMaxEnd the last day in publicity, null for a record that is not published (minor, or
 * positive without publicity): such a record counts until repaired or revoked
 */
public record RecordFact(SubjectKind subjectKind, long subjectId, String typeCode, Direction direction, Severity severity,
		LocalDate decisionDate, LocalDate publicityMaxEnd) {

	/** In publicity on {@code day}: the fact is only handed out while the record is active. */
	public boolean inPublicityOn(LocalDate day) {
		return publicityMaxEnd != null && !day.isBefore(decisionDate) && !day.isAfter(publicityMaxEnd);
	}

	/** Decided within the {@code months} months up to and including {@code day}. */
	public boolean decidedWithin(int months, LocalDate day) {
		return !decisionDate.isAfter(day) && decisionDate.isAfter(day.minusMonths(months));
	}
}
