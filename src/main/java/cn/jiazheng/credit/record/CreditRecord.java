package cn.jiazheng.credit.record;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 信用记录: one sourced fact about a subject, as lists and pages show it.
 *
 * @param regionCode the subject's county when the record was entered: the territory that reaches it
 * @param publicity its publicity period, computed at entry from the decision date and severity
 */
public record CreditRecord(long id, SubjectKind subjectKind, long subjectId, String subjectName, String typeCode,
		Direction direction, Severity severity, String sourceOrganisation, String documentNumber, LocalDate decisionDate,
		String summary, String regionCode, Publicity publicity, RecordState state, String enteredBy, Instant enteredAt,
		Instant stateChangedAt) {

	/** Shown publicly on {@code day}: active and within its publicity period. */
	public boolean inPublicityOn(LocalDate day) {
		return state == RecordState.ACTIVE && publicity.covers(day);
	}
}
