package cn.jiazheng.credit.record;

/**
 * A record was added (previous is null) or changed state: the subject may need re-rating. Published inside
 * the transaction that made the change, so listeners registered with the event publication registry see
 * it exactly when the change commits.
 */
public record CreditRecordChanged(long recordId, SubjectKind subjectKind, long subjectId, String typeCode,
		RecordState previous, RecordState state) {
}
