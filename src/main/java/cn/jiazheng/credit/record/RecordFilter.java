package cn.jiazheng.credit.record;

/** What a list of records is narrowed to; any part may be null for all. */
public record RecordFilter(String typeCode, RecordState state, SubjectKind subjectKind, Long subjectId) {

	public static final RecordFilter ALL = new RecordFilter(null, null, null, null);

	public RecordFilter withState(RecordState other) {
		return new RecordFilter(typeCode, other, subjectKind, subjectId);
	}
}
