package cn.jiazheng.credit.objection;

import cn.jiazheng.credit.record.SubjectKind;

/** The objector withdrew an objection before its answer: the target stands as it was. */
public record ObjectionWithdrawn(long objectionId, TargetKind targetKind, String targetRef, SubjectKind subjectKind,
		long subjectId, String regionCode) {
}
