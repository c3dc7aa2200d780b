package cn.jiazheng.credit.objection;

import java.time.LocalDate;

import cn.jiazheng.credit.record.SubjectKind;

/**
 * An objection was filed against a target: the owning module may hold the target back (rating does not
 * finalise while objections are open). Published inside the filing's transaction.
 */
public record ObjectionFiled(long objectionId, TargetKind targetKind, String targetRef, SubjectKind subjectKind,
		long subjectId, String regionCode, LocalDate answerDeadline) {
}
