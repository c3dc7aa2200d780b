package cn.jiazheng.credit.objection;

import cn.jiazheng.credit.record.SubjectKind;

/**
 * An objection was answered. On {@link Outcome#UPHELD} the owning module corrects its data (rating re-rates
 * the subject and publishes again); on {@link Outcome#REJECTED} the target stands. Published inside the
 * answer's transaction.
 */
public record ObjectionDecided(long objectionId, TargetKind targetKind, String targetRef, SubjectKind subjectKind,
		long subjectId, String regionCode, Outcome outcome) {
}
