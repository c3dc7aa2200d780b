package cn.jiazheng.credit.objection;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiazheng.credit.record.SubjectKind;

/**
 * 异议申请 as queues and pages show it; the contact person is read separately ({@link Objections#contact}),
 * since it is personal data.
 *
 * @param regionCode the subject's county: the territory that answers
 * @param filedOn the China date of filing, from which the answer deadline is counted
 * @param windowCloses the last day of the window the objection was filed in
 * @param answerDeadline the 7th working day after {@code filedOn} (Ordos art. 15)
 * @param answer the reasons of the answer, which the objector reads; null until answered
 * @param answeredByName the answering office as the objector sees it
 */
public record Objection(long id, TargetKind targetKind, String targetRef, String targetLabel, SubjectKind subjectKind,
		long subjectId, String subjectName, String regionCode, String objectorUsername, String objectorName, String reason,
		Instant filedAt, LocalDate filedOn, LocalDate windowCloses, LocalDate answerDeadline, ObjectionState state,
		String answer, String answeredBy, String answeredByName, Instant answeredAt, Instant withdrawnAt) {

	/** Still waiting for its answer after the deadline day has passed. */
	public boolean overdueOn(LocalDate today) {
		return state == ObjectionState.FILED && answerDeadline.isBefore(today);
	}

	public boolean open() {
		return state.open();
	}
}
